// Rejected in milestone 1: float arithmetic (the Cortex-M0+ has no FPU and there is no soft-float yet).
public class FloatArithmetic {
    public static void main(String[] a) {
        int n = a.length + 3;
        int r = (int) (n * 1.5f); // ERROR: float
        System.out.println(r);
    }
}
