// Rejected in milestone 1: a try block over several lines is reported at its first statement,
// not at the statement before the try.
public class TryCatchBlock {
    public static void main(String[] a) {
        int r = a.length;
        try {
            r = 10 / r; // ERROR: try/catch
        } catch (ArithmeticException e) {
            r = -1;
        }
        System.out.println(r);
    }
}
