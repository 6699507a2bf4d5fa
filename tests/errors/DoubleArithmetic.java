// Rejected in milestone 1: double arithmetic.
public class DoubleArithmetic {
    public static void main(String[] a) {
        int n = a.length + 3;
        int r = (int) (n / 3.0); // ERROR: double
        System.out.println(r);
    }
}
