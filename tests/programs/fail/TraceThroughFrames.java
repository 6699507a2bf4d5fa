// The stack trace the device prints must match HotSpot's frame for frame: a recursive method
// (entry stack check), a method with stack-passed arguments, a leaf method whose failed check
// pushes lr below a frame of saved registers, and a static initialiser in between.
public class TraceThroughFrames {
    static class Lookup {
        static final int[] TABLE = build();

        static int[] build() {
            int[] t = new int[8];
            for (int i = 0; i < t.length; i++) {
                t[i] = i * i;
            }
            return t;
        }
    }

    static int leaf(int[] a, int b, int c, int d, int e, int f, int g) {
        int x = a[b] * c + d;
        int y = a[(x & 7)] ^ e;
        int z = (y + f) * g;
        return a[z & 15] + x + y;
    }

    static int wide(int p0, int p1, int p2, int p3, int p4, int p5, int p6) {
        int[] t = Lookup.TABLE;
        return leaf(t, p0 & 7, p1, p2, p3, p4 + p5, p6);
    }

    static int recurse(int depth, int seed) {
        if (depth == 0) {
            return wide(seed, seed + 1, seed + 2, seed + 3, seed + 4, seed + 5, seed + 6);
        }
        return recurse(depth - 1, seed * 3 + 1) + 1;
    }

    public static void main(String[] args) {
        for (int seed = 0; seed < 40; seed++) {
            System.out.println("seed " + seed + " -> " + recurse(4, seed));
        }
    }
}
