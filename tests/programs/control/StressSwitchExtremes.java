// Jump tables at the ends of the int range: dense keys from Integer.MIN_VALUE up and from
// Integer.MAX_VALUE down (the rebasing subtraction and the unsigned range check must not overflow
// into a wrong slot), and a dense range above 255 (the range check needs a register compare).
public class StressSwitchExtremes {
    static int lo(int k) {
        switch (k) {
            case -2147483648: return 1;
            case -2147483647: return 2;
            case -2147483646: return 3;
            case -2147483645: return 4;
            case -2147483643: return 5;
            default: return 0;
        }
    }
    static int hi(int k) {
        switch (k) {
            case 2147483647: return 1;
            case 2147483646: return 2;
            case 2147483645: return 3;
            case 2147483644: return 4;
            case 2147483642: return 5;
            default: return 0;
        }
    }
    static int wide(int k) {
        switch (k) {
            case 300: return 1; case 301: return 2; case 302: return 3; case 303: return 4; case 310: return 5;
            default: return 0;
        }
    }
    public static void main(String[] args) {
        int[] ks = {-2147483648, -2147483647, -2147483646, -2147483645, -2147483644, -2147483643, -2147483642, 0, -1, 2147483647, 2147483646, 2147483642, 2147483641, 299, 300, 303, 304, 310, 311};
        for (int i = 0; i < ks.length; i++) System.out.print(lo(ks[i]) + "" + hi(ks[i]) + wide(ks[i]) + " ");
        System.out.println();
    }
}
