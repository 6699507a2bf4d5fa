// Arrays as parameters and return values (callers see the callee's writes), arrays created in one
// method and filled in another, copies made element by element, and 2-D arrays returned from
// methods; also the main method's own argument array, which is empty.
public class ArrayPassing {
    static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) r[i] = from + i;
        return r;
    }

    static void scale(int[] xs, int k) {
        for (int i = 0; i < xs.length; i++) xs[i] *= k;
    }

    static int[] copy(int[] xs) {
        int[] c = new int[xs.length];
        for (int i = 0; i < xs.length; i++) c[i] = xs[i];
        return c;
    }

    static int[] concat(int[] p, int[] q) {
        int[] r = new int[p.length + q.length];
        for (int i = 0; i < p.length; i++) r[i] = p[i];
        for (int i = 0; i < q.length; i++) r[p.length + i] = q[i];
        return r;
    }

    static void copyRange(char[] src, int srcPos, char[] dst, int dstPos, int len) {
        // Overlap-safe like System.arraycopy: copy backwards when moving right within one array.
        if (src == dst && srcPos < dstPos) {
            for (int i = len - 1; i >= 0; i--) dst[dstPos + i] = src[srcPos + i];
        } else {
            for (int i = 0; i < len; i++) dst[dstPos + i] = src[srcPos + i];
        }
    }

    static int[][] identity(int n) {
        int[][] m = new int[n][n];
        for (int i = 0; i < n; i++) m[i][i] = 1;
        return m;
    }

    static void print(String label, int[] xs) {
        System.out.print(label + " [" + xs.length + "]");
        for (int x : xs) System.out.print(" " + x);
        System.out.println();
    }

    static void printChars(char[] cs) {
        for (char c : cs) System.out.print(c);
        System.out.println();
    }

    static byte[] bytesOf(int v) {
        return new byte[] { (byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v };
    }

    static int intOf(byte[] b) {
        return (b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | (b[3] & 0xff);
    }

    public static void main(String[] a) {
        System.out.println("args " + a.length);
        int[] r = range(3, 10);
        print("range", r);
        int[] c = copy(r);
        scale(r, -2);
        print("scaled", r);
        print("copy", c);
        print("concat", concat(c, range(-2, 1)));
        print("empty", range(5, 5));

        char[] text = { 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h' };
        copyRange(text, 0, text, 2, 5);
        printChars(text);
        copyRange(text, 3, text, 0, 5);
        printChars(text);
        char[] other = new char[4];
        copyRange(text, 4, other, 0, 4);
        printChars(other);

        int[][] id = identity(4);
        for (int[] row : id) print("id", row);
        id[2] = r;
        print("row 2 replaced", id[2]);

        int[] vals = { 0x12345678, -1, 0x80, Integer.MIN_VALUE };
        for (int v : vals) {
            byte[] b = bytesOf(v);
            System.out.println(v + " -> " + b[0] + " " + b[1] + " " + b[2] + " " + b[3] + " -> " + intOf(b));
        }
        // A method that returns its argument: identity must be preserved.
        int[] same = pass(c);
        System.out.println("same " + (same == c) + " " + same[0]);
    }

    static int[] pass(int[] xs) { return xs; }
}
