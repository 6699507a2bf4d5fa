// Matrix multiplication of int matrices stored as int[][] (8x8 and non-square 5x7 * 7x3), the
// transpose, identity and associativity checks, and integer matrix powers (Fibonacci via [[1,1],[1,0]]^n).
public class MatrixMultiply {
    static int[][] multiply(int[][] p, int[][] q) {
        int n = p.length, m = q[0].length, k = q.length;
        int[][] r = new int[n][m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) {
                int s = 0;
                for (int t = 0; t < k; t++) s += p[i][t] * q[t][j];
                r[i][j] = s;
            }
        return r;
    }

    static int[][] transpose(int[][] p) {
        int[][] r = new int[p[0].length][p.length];
        for (int i = 0; i < p.length; i++)
            for (int j = 0; j < p[0].length; j++) r[j][i] = p[i][j];
        return r;
    }

    static int[][] fill(int rows, int cols, int seed) {
        int[][] r = new int[rows][cols];
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++) {
                seed = seed * 1103515245 + 12345;
                r[i][j] = (seed >>> 16) % 19 - 9;
            }
        return r;
    }

    static boolean equal(int[][] p, int[][] q) {
        if (p.length != q.length) return false;
        for (int i = 0; i < p.length; i++) {
            if (p[i].length != q[i].length) return false;
            for (int j = 0; j < p[i].length; j++) if (p[i][j] != q[i][j]) return false;
        }
        return true;
    }

    static void print(int[][] m) {
        for (int[] row : m) {
            for (int v : row) System.out.print(v + "\t");
            System.out.println();
        }
    }

    static int trace(int[][] m) {
        int t = 0;
        for (int i = 0; i < m.length; i++) t += m[i][i];
        return t;
    }

    public static void main(String[] a) {
        int[][] p = fill(5, 7, 1), q = fill(7, 3, 2);
        int[][] r = multiply(p, q);
        System.out.println("5x7 * 7x3:");
        print(r);
        System.out.println("(PQ)^T == Q^T P^T: " + equal(transpose(r), multiply(transpose(q), transpose(p))));

        int[][] x = fill(8, 8, 3), y = fill(8, 8, 4), z = fill(8, 8, 5);
        int[][] xy = multiply(x, y);
        System.out.println("trace(XY) = " + trace(xy) + ", trace(YX) = " + trace(multiply(y, x)));
        System.out.println("(XY)Z == X(YZ): " + equal(multiply(xy, z), multiply(x, multiply(y, z))));
        int[][] id = new int[8][8];
        for (int i = 0; i < 8; i++) id[i][i] = 1;
        System.out.println("XI == X: " + equal(multiply(x, id), x) + ", XY == YX: " + equal(xy, multiply(y, x)));
        int sum = 0;
        for (int[] row : xy) for (int v : row) sum = sum * 7 + v;
        System.out.println("XY checksum " + sum);

        int[][] fib = { { 1, 1 }, { 1, 0 } };
        int[][] pow = { { 1, 0 }, { 0, 1 } };
        for (int n = 1; n <= 46; n++) {
            pow = multiply(pow, fib);
            if (n % 9 == 1) System.out.println("F(" + n + ") = " + pow[0][1]);
        }
        System.out.println("F(46) = " + pow[0][1]);
    }
}
