// Rejected in milestone 1: try/catch (exceptions cannot be caught yet; uncaught ones end the program).
public class TryCatch {
    public static void main(String[] a) {
        int r;
        try { r = 10 / a.length; } catch (ArithmeticException e) { r = -1; } // ERROR: catch
        System.out.println(r);
    }
}
