package demo;

/** The program the flash goal builds (and, on a machine with a board in BOOTSEL mode, flashes). */
public class Hello {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
