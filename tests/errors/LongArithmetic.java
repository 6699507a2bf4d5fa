// Rejected in milestone 1: long arithmetic (no 64-bit values on the device yet).
public class LongArithmetic {
    public static void main(String[] a) {
        int n = a.length + 3;
        int r = (int) ((long) n * 1000000007L % 65521L); // ERROR: long
        System.out.println(r);
    }
}
