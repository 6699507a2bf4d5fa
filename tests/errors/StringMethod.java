// Rejected in milestone 1: a String method without a substitute in the runtime's class library.
public class StringMethod {
    static String text = "hello, world";

    public static void main(String[] a) {
        System.out.println(text);
        String[] parts = text.split(", "); // ERROR: split
        System.out.println(parts.length);
    }
}
