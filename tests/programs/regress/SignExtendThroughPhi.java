// Regression (found in review): a byte load used through a trivial phi must stay sign-extended when another use needs it.
public class SignExtendThroughPhi {
    static int f(byte[] b) {
        int v = b[0];
        int k = 3;
        int p = k * 2 == 6 ? v : 7;
        int s = v & 0xff;
        return p * 1000 + s;
    }
    public static void main(String[] args) {
        byte[] b = new byte[1];
        b[0] = -1;
        System.out.println(f(b));
    }
}
