// Rejected: catching a JDK exception class the device's class library does not have; the error
// names the class at the catch clause.
public class CatchUnsupported {
    public static void main(String[] a) {
        int r = a.length;
        try {
            r = 10 / r;
        } catch (java.time.DateTimeException e) { // ERROR: catching java.time.DateTimeException
            r = -1;
        }
        System.out.println(r);
    }
}
