// Failures inside switch cases inside labeled loops: a dense switch (jump table) and a sparse
// one (lookupswitch) in nested labeled loops with break/continue to the outer label; the failing
// access sits in one case of the sparse switch and is reached after several rounds.
public class Stress3SwitchLabeled {
    static int[] small = {1, 2, 3};

    public static void main(String[] args) {
        int s = 0;
        outer:
        for (int i = 0; i < 6; i++) {
            inner:
            for (int j = 0; j < 6; j++) {
                switch ((i + j) % 5) {
                    case 0: s += 1; break;
                    case 1: s += small[j % 3]; continue inner;
                    case 2: if (j > 3) continue outer; s *= 2; break;
                    case 3: s -= i; break;
                    default: break inner;
                }
                switch (s % 1000) {
                    case -7: s = 0; break;
                    case 100: s += 1; break;
                    case 5000: s += 2; break;
                    default:
                        if (i == 5) {
                            s += small[j];
                        }
                }
            }
            System.out.println("i " + i + " s " + s);
        }
    }
}
