// Loop-invariant code motion and value numbering around memory: loads of a[k] with k invariant in a
// loop that stores through another name for the same array (passed twice), static fields read in
// a loop whose callee or whose own body writes them, an invariant array length of an array
// reassigned on some iterations, invariant shifts and masks computed only on some paths, and
// overlapping copies within one array (forwards and backwards, as memmove must).
public class Stress2LicmAlias {
    static int sf = 1;
    static int[] sa = {1, 2, 3, 4, 5, 6, 7, 8};

    static void bump() {
        sf += 3;
        sa[2] += 100;
    }

    static int aliasLoad(int[] a, int[] b, int k, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += a[k];
            b[k] = s & 1023;
            s += a[k] * 3;
        }
        return s;
    }

    static int prefix(int[] a, int[] b) {
        for (int i = 1; i < a.length; i++) {
            a[i] = b[i - 1] + a[i];
        }
        int h = 0;
        for (int v : a) h = h * 31 + v;
        return h;
    }

    static int staticLoop(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += sf * 10 + sa[2];
            if ((i & 1) == 1) bump();
            s += sf;
            sf = sf + 1;
        }
        return s;
    }

    static int lengthChanges(int n) {
        int[] a = new int[3];
        int s = 0;
        for (int i = 0; i < n; i++) {
            s = s * 5 + a.length;
            if (i % 3 == 2) a = new int[a.length + i];
            a[a.length - 1] = i;
            s += a[a.length - 1];
        }
        return s;
    }

    static int pathInvariant(int x, int y, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            if (i > 2) {
                s += (x << y) ^ (x >>> (y & 7));
            } else {
                s -= x & y;
            }
            s += (x * y) >> 3;
        }
        return s;
    }

    static void memmove(int[] a, int from, int to, int len) {
        if (from < to) {
            for (int i = len - 1; i >= 0; i--) a[to + i] = a[from + i];
        } else {
            for (int i = 0; i < len; i++) a[to + i] = a[from + i];
        }
    }

    static String show(int[] a) {
        String s = "";
        for (int v : a) s += v + ",";
        return s;
    }

    static int twoRows(int[][] m) {
        int s = 0;
        for (int i = 0; i < m[0].length; i++) {
            m[1][i] += m[0][i] + 1;
            s += m[0][i];
        }
        return s;
    }

    public static void main(String[] args) {
        int[] a = {5, 6, 7, 8};
        int[] b = {5, 6, 7, 8};
        System.out.println("alias same " + aliasLoad(a, a, 2, 6) + " " + a[2]);
        System.out.println("alias diff " + aliasLoad(b, new int[4], 2, 6) + " " + b[2]);
        int[] p = {1, 1, 1, 1, 1, 1};
        int[] q = {1, 1, 1, 1, 1, 1};
        System.out.println("prefix same " + prefix(p, p) + " diff " + prefix(q, new int[] {1, 1, 1, 1, 1, 1}));
        System.out.println("static " + staticLoop(7) + " sf " + sf + " sa2 " + sa[2]);
        System.out.println("length " + lengthChanges(10));
        System.out.println("path " + pathInvariant(0x1234, 35, 6) + " " + pathInvariant(-1, -1, 0));
        int[] mm = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        memmove(mm, 0, 3, 6);
        System.out.println("fwd " + show(mm));
        memmove(mm, 4, 1, 6);
        System.out.println("back " + show(mm));
        int[] row = {1, 2, 3};
        int[][] m = {row, row};
        System.out.println("rows " + twoRows(m) + " " + show(row));
    }
}
