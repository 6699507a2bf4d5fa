// Class initialisation triggered inside loops: a class first used in a later iteration (its
// <clinit> output must appear between that iteration's lines), a class used in every iteration
// (initialised once, in the first, which loop peeling separates out), a class whose static field is
// the loop bound (initialised before the first test of the rotated loop), and a <clinit> that
// writes a static field the loop keeps reading, so a load hoisted out of the loop would be stale.
public class StressClinitLoop {
    static int seen = 1;

    static int log(String s, int v) {
        System.out.println("  " + s + " " + v);
        return v;
    }

    static class Late {
        static int base = log("Late.<clinit>", 500);
        static {
            seen = 77; // the loop in main reads seen in every iteration
        }
        static int get(int i) {
            return base + i;
        }
    }

    static class Every {
        static int count = log("Every.<clinit>", 0);
        static void hit() {
            count++;
        }
    }

    static class Bound {
        static int n = log("Bound.<clinit>", 4);
        static int[] table = makeTable(n);

        static int[] makeTable(int n) {
            int[] t = new int[n];
            for (int i = 0; i < n; i++) t[i] = i * i + 1;
            return t;
        }
    }

    static class Nested {
        static int depth = log("Nested.<clinit> (inner loop, outer iteration 2)", Inner.value + 1);
    }

    static class Inner {
        static int value = log("Inner.<clinit>", 40);
    }

    public static void main(String[] args) {
        int s = 0;
        for (int i = 0; i < 6; i++) {
            System.out.println("iteration " + i + " seen " + seen);
            s += seen;
            if (i == 3) s += Late.get(i);
            Every.hit();
        }
        System.out.println("s " + s + " every " + Every.count + " late " + Late.base);
        int t = 0;
        for (int i = 0; i < Bound.n; i++) t += Bound.table[i];
        System.out.println("bound sum " + t);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 3; j++) {
                if (i == 2 && j == 1) t += Nested.depth;
                t += j;
            }
            System.out.println("outer " + i + " t " + t);
        }
        int u = 0;
        int k = 0;
        do {
            u += Every.count;
            Every.hit();
            k++;
        } while (k < 3);
        System.out.println("do-while " + u + " " + Every.count);
    }
}
