// Mixed: Matrix class with double[][] storage and operator methods (plus, times, transpose, det via LU with partial pivoting, inverse, solve), equals with tolerance
import java.util.*;
public class M04Matrix {
    static final class Matrix {
        final int n, m; final double[][] a;
        Matrix(int n, int m) { this.n = n; this.m = m; a = new double[n][m]; }
        Matrix(double[][] d) { this(d.length, d[0].length); for (int i = 0; i < n; i++) a[i] = d[i].clone(); }
        static Matrix identity(int n) { Matrix r = new Matrix(n, n); for (int i = 0; i < n; i++) r.a[i][i] = 1; return r; }
        Matrix plus(Matrix o) { check(o.n == n && o.m == m, "plus"); Matrix r = new Matrix(n, m); for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) r.a[i][j] = a[i][j] + o.a[i][j]; return r; }
        Matrix times(Matrix o) {
            check(m == o.n, "times " + n + "x" + m + " * " + o.n + "x" + o.m);
            Matrix r = new Matrix(n, o.m);
            for (int i = 0; i < n; i++) for (int k = 0; k < m; k++) { double v = a[i][k]; if (v == 0) continue; for (int j = 0; j < o.m; j++) r.a[i][j] += v * o.a[k][j]; }
            return r;
        }
        Matrix scale(double s) { Matrix r = new Matrix(n, m); for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) r.a[i][j] = a[i][j] * s; return r; }
        Matrix transpose() { Matrix r = new Matrix(m, n); for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) r.a[j][i] = a[i][j]; return r; }
        double det() {
            check(n == m, "det");
            double[][] t = new Matrix(a).a; double d = 1;
            for (int c = 0; c < n; c++) {
                int p = c; for (int r = c + 1; r < n; r++) if (Math.abs(t[r][c]) > Math.abs(t[p][c])) p = r;
                if (t[p][c] == 0) return 0;
                if (p != c) { double[] tmp = t[p]; t[p] = t[c]; t[c] = tmp; d = -d; }
                d *= t[c][c];
                for (int r = c + 1; r < n; r++) { double f = t[r][c] / t[c][c]; for (int k = c; k < n; k++) t[r][k] -= f * t[c][k]; }
            }
            return d;
        }
        Matrix inverse() {
            check(n == m, "inverse");
            double[][] t = new double[n][2 * n];
            for (int i = 0; i < n; i++) { System.arraycopy(a[i], 0, t[i], 0, n); t[i][n + i] = 1; }
            for (int c = 0; c < n; c++) {
                int p = c; for (int r = c + 1; r < n; r++) if (Math.abs(t[r][c]) > Math.abs(t[p][c])) p = r;
                if (Math.abs(t[p][c]) < 1e-12) throw new ArithmeticException("singular matrix");
                double[] tmp = t[p]; t[p] = t[c]; t[c] = tmp;
                double pv = t[c][c]; for (int k = 0; k < 2 * n; k++) t[c][k] /= pv;
                for (int r = 0; r < n; r++) if (r != c) { double f = t[r][c]; for (int k = 0; k < 2 * n; k++) t[r][k] -= f * t[c][k]; }
            }
            Matrix r = new Matrix(n, n); for (int i = 0; i < n; i++) System.arraycopy(t[i], n, r.a[i], 0, n); return r;
        }
        boolean approx(Matrix o, double eps) { if (o.n != n || o.m != m) return false; for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) if (Math.abs(a[i][j] - o.a[i][j]) > eps) return false; return true; }
        static void check(boolean c, String what) { if (!c) throw new IllegalArgumentException("dimension mismatch: " + what); }
        @Override public String toString() { StringBuilder sb = new StringBuilder(); for (double[] row : a) { sb.append('['); for (int j = 0; j < m; j++) sb.append(j > 0 ? ", " : "").append(Math.round(row[j] * 1e6) / 1e6); sb.append("]\n"); } return sb.toString(); }
    }
    public static void main(String[] args) {
        Matrix A = new Matrix(new double[][] { {4, -2, 1}, {3, 6, -4}, {2, 1, 8} });
        Matrix B = new Matrix(new double[][] { {1, 2}, {0, 1}, {-1, 3} });
        System.out.print("A*B=\n" + A.times(B));
        System.out.print("B^T*A^T=\n" + B.transpose().times(A.transpose()));
        System.out.println("(AB)^T == B^T A^T: " + A.times(B).transpose().approx(B.transpose().times(A.transpose()), 1e-12));
        System.out.println("det A = " + A.det() + " det I = " + Matrix.identity(4).det() + " det 2A = " + A.scale(2).det());
        Matrix Ai = A.inverse();
        System.out.print("A^-1=\n" + Ai);
        System.out.println("A*A^-1 == I: " + A.times(Ai).approx(Matrix.identity(3), 1e-12) + " exact? " + A.times(Ai).approx(Matrix.identity(3), 0));
        Matrix b = new Matrix(new double[][] { {12}, {-25}, {32} });
        System.out.print("x=\n" + Ai.times(b));
        Matrix H = new Matrix(5, 5);
        for (int i = 0; i < 5; i++) for (int j = 0; j < 5; j++) H.a[i][j] = 1.0 / (i + j + 1);
        System.out.println("hilbert det " + H.det() + " inv[0][0] " + H.inverse().a[0][0] + " inv[4][4] " + H.inverse().a[4][4]);
        try { new Matrix(new double[][] { {1, 2}, {2, 4} }).inverse(); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { A.times(A.times(B)).times(B); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        Matrix R = Matrix.identity(2);
        Matrix rot = new Matrix(new double[][] { {0.6, -0.8}, {0.8, 0.6} });
        for (int i = 0; i < 10; i++) R = R.times(rot);
        System.out.print("rot^10=\n" + R);
        System.out.println("det rot^10 " + R.det() + " " + Arrays.toString(new long[] { Double.doubleToLongBits(R.a[0][0]), Double.doubleToLongBits(R.a[1][1]) }));
    }
}
