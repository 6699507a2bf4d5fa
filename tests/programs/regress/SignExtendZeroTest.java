// Regression (found in review): turning a byte load unsigned for a zero test is wrong when the value has other uses.
public class SignExtendZeroTest {
    static int f(byte[] b) {
        int v = b[0];
        int k = 3;
        int p = k * 2 == 6 ? v : 7;
        if (v == 0) {
            return 1;
        }
        return p;
    }
    public static void main(String[] args) {
        byte[] b = new byte[1];
        b[0] = -1;
        System.out.println(f(b));
    }
}
