// The main class's own static initialiser fails before main runs: HotSpot reports
// ExceptionInInitializerError with the ArithmeticException as its cause, and main prints nothing.
public class MainClinitFails {
    static int ratio = 10 / zero();

    static int zero() {
        System.out.println("computing zero");
        return 0;
    }

    public static void main(String[] args) {
        System.out.println("main " + ratio);
    }
}
