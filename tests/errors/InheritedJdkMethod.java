// Rejected: a method a program class inherits from a JDK class whose class-library substitute lacks
// it; the error names the JDK class that declares it (Throwable), not java.lang.Object.
public class InheritedJdkMethod {
    static class Light extends RuntimeException {
        Light(String message) {
            super(message);
        }
    }

    public static void main(String[] a) {
        Light l = new Light("x");
        System.out.println(l.getStackTrace().length); // ERROR: the JDK method java.lang.Throwable.getStackTrace()
    }
}
