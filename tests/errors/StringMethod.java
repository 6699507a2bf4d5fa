// Rejected: a String method without a substitute in the runtime's class library (regular
// expressions: there is no regex engine on the device).
public class StringMethod {
    static String text = "hello, world";

    public static void main(String[] a) {
        System.out.println(text);
        boolean greeting = text.matches("h.*"); // ERROR: matches
        System.out.println(greeting);
    }
}
