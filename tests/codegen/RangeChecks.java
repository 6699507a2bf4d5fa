// Codegen expectations for range-check elimination by loop versioning (see CodegenTest): a counted
// loop whose indexes are +-i + b + c gets a guard before it and a copy without bounds checks; the
// original loop, with its checks, runs only when the guard fails. So the lines inside loops hold
// each check once (the checked copy), not twice.
public class RangeChecks {
    // SHA-256's message schedule: W[t-16], W[t-15], W[t-7], W[t-2] and W[t] (five checks, once).
    // thumb-loop-count: bhs 5
    static void schedule(int[] w) {
        for (int t = 16; t < 64; t++) {
            w[t] = w[t - 16] + (w[t - 15] >>> 3) + w[t - 7] + (w[t - 2] >>> 10);
        }
    }

    // An offset k that is a parameter: a[i + k] in a loop up to n.
    // thumb-loop-count: bhs 1
    static int shifted(int[] a, int n, int k) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += a[i + k];
        }
        return s;
    }

    // A FIR tap loop: x[n - k] runs down while k runs up; h[k] below 16 is checked once before.
    // thumb-loop-count: bhs 2
    static int taps(short[] x, short[] h, int n) {
        int acc = 0;
        for (int k = 0; k < 16; k++) {
            acc += x[n - k] * h[k];
        }
        return acc;
    }

    // Counting down from n to 1 with a[i - 1].
    // thumb-loop-count: bhs 1
    static int down(int[] a, int n) {
        int s = 0;
        for (int i = n; i > 0; i--) {
            s = s * 31 + a[i - 1];
        }
        return s;
    }

    // A sieve's inner loop: j += i with a variable step (guarded 1 <= i <= 2^29).
    // thumb-loop-count: strb 2
    // thumb-loop-count: bhs 1
    static void strike(boolean[] c, int i, int limit) {
        for (int j = i * i; j < limit; j += i) {
            c[j] = true;
        }
    }

    // Constant bounds and a constant-length array: the guard folds, nothing is copied (one load in
    // loops, through a pointer: see InductionVars).
    // thumb-loop-count: ldr r\d, \[r\d, #0\] 1
    // thumb-loop: -bhs
    static int constant() {
        int[] a = new int[20];
        a[3] = 5;
        int s = 0;
        for (int i = 2; i < 18; i++) {
            s += a[i + 2];
        }
        return s;
    }

    public static void main(String[] args) {
        int[] w = new int[64];
        for (int i = 0; i < 16; i++) {
            w[i] = i * 0x01010101;
        }
        schedule(w);
        short[] x = new short[40];
        short[] h = new short[16];
        x[20] = 3;
        h[2] = 5;
        boolean[] c = new boolean[50];
        strike(c, 3, 50);
        System.out.println(w[63] + shifted(w, 10, 5) + taps(x, h, 22) + down(w, 64) + (c[12] ? 1 : 0) + constant());
    }
}
