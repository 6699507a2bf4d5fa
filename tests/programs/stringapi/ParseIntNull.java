// Integer.parseInt(null) is a NumberFormatException, not a NullPointerException, and JDK 25's
// message is "Cannot parse null string" (older JDKs added ": null").
public class ParseIntNull {
    static String lookup(String key) {
        return key.equals("port") ? "8080" : null;
    }

    public static void main(String[] args) {
        System.out.println("port " + Integer.parseInt(lookup("port")));
        System.out.println("timeout " + Integer.parseInt(lookup("timeout")));
    }
}
