// Arrays that must stay distinct although each comes from a site that looks "once": a helper
// called twice from main, a helper called once from main that calls its own helper twice, a helper
// called from a loop, a recursive maker, and a maker called once from main and once from a static
// initialiser. Each array is written after the others exist, so sharing would show.
public class OaDistinctSites {
    static int[] make(int seed) {
        int[] a = new int[3];
        a[0] = seed;
        return a;
    }

    static int[][] twoOfThem() {
        return new int[][] { make(10), make(20) };
    }

    static long[] chain(int n) {
        long[] cell = new long[2];
        cell[0] = n;
        if (n > 0) {
            long[] below = chain(n - 1);
            cell[1] = below[0] + below[1];
        }
        return cell;
    }

    static class Early {
        static final int[] FIRST = make(99);
    }

    public static void main(String[] args) {
        int[] x = make(1);
        int[] y = make(2);
        System.out.println((x == y) + " " + x[0] + " " + y[0]);
        int[][] t = twoOfThem();
        t[0][1] = 5;
        System.out.println((t[0] == t[1]) + " " + t[0][0] + " " + t[1][0] + " " + t[1][1]);
        int[][] fromLoop = new int[4][];
        for (int i = 0; i < 4; i++) {
            fromLoop[i] = make(i * 3);
        }
        for (int i = 0; i < 4; i++) {
            System.out.print(fromLoop[i][0] + (i > 0 && fromLoop[i] == fromLoop[i - 1] ? "=" : "!") + " ");
        }
        System.out.println();
        long[] c = chain(5);
        System.out.println(c[0] + " " + c[1]);
        int[] late = make(7);
        System.out.println(Early.FIRST[0] + " " + late[0] + " " + (Early.FIRST == late));
        System.out.println(x[0] + " " + y[0] + " " + t[0][0] + " " + t[1][0]);
    }
}
