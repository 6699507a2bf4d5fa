// Loop shapes around array bounds, for bounds-check elimination: the checks the compiler may drop
// (i < a.length, counting down from a.length - 1, steps) and the ones it must keep (a bound that is
// not the length, a body that changes the index, an off-by-one that ends in an exception).
public class LoopBounds {
    static int up(int[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i++) s += a[i];
        return s;
    }

    static int down(int[] a) {
        int s = 0;
        for (int i = a.length - 1; i >= 0; i--) s = s * 3 + a[i];
        return s;
    }

    static int stepped(int[] a, int step) {
        int s = 0;
        for (int i = 0; i < a.length; i += step) s ^= a[i] << (i & 7);
        return s;
    }

    static int fromOne(int[] a) {
        int s = 0;
        for (int i = 1; i < a.length; i++) s += a[i] - a[i - 1];
        return s;
    }

    static int bodyMovesIndex(int[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i];
            if ((a[i] & 1) == 0) i++;
        }
        return s;
    }

    static int nested(int[][] m) {
        int s = 0;
        for (int r = 0; r < m.length; r++) {
            for (int c = 0; c < m[r].length; c++) s += m[r][c] * (r + 1);
        }
        return s;
    }

    static int otherBound(int[] a, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) s += a[i];
        return s;
    }

    public static void main(String[] args) {
        int[] a = new int[17];
        for (int i = 0; i < a.length; i++) a[i] = i * i - 5 * i;
        int[] empty = new int[0];
        System.out.println("up " + up(a) + " " + up(empty));
        System.out.println("down " + down(a) + " " + down(empty));
        System.out.println("stepped " + stepped(a, 1) + " " + stepped(a, 3) + " " + stepped(a, 16) + " " + stepped(a, 17));
        System.out.println("fromOne " + fromOne(a) + " " + fromOne(empty));
        System.out.println("bodyMovesIndex " + bodyMovesIndex(a));
        int[][] m = {{1, 2, 3}, {}, {4}, {5, 6}};
        System.out.println("nested " + nested(m));
        System.out.println("otherBound " + otherBound(a, 17));
        System.out.println("otherBound past the end:");
        System.out.println(otherBound(a, 18));
    }
}
