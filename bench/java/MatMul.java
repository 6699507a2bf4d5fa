/*
 * Benchmark kernel: multiply two N x N int matrices (the textbook i-j-k triple loop) and hash the
 * product. Twin of bench/c/matmul.c: same data, same loops, same checksum (see bench/README.md).
 *
 * What it stresses: nested counted loops, index arithmetic (i * N + k, a strided walk down b's
 * column) and a multiply-accumulate on int arrays. Matrices are flat int[N * N] on both sides, so
 * the data layout is the same; a Java int[][] would add a row-pointer load the C array does not have.
 */
public class MatMul {
    static final int N = 40;

    static int rng;

    /** xorshift32 (Marsaglia 2003); the C twin runs the same generator. */
    static int nextRandom() {
        int x = rng;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        rng = x;
        return x;
    }

    /** c = a * b for n x n matrices stored row by row. */
    static void multiply(int[] a, int[] b, int[] c, int n) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int sum = 0;
                for (int k = 0; k < n; k++) {
                    sum += a[i * n + k] * b[k * n + j];
                }
                c[i * n + j] = sum;
            }
        }
    }

    static int run(int[] a, int[] b, int[] c) {
        multiply(a, b, c, N);
        int hash = 0;
        for (int i = 0; i < c.length; i++) {
            hash = hash * 31 + c[i];
        }
        return hash;
    }

    public static void main(String[] args) {
        rng = 0x6C078965;
        int[] a = new int[N * N];
        int[] b = new int[N * N];
        int[] c = new int[N * N];
        // Entries in -128..127: every dot product fits in an int without wrapping.
        for (int i = 0; i < N * N; i++) {
            a[i] = nextRandom() >> 24;
            b[i] = nextRandom() >> 24;
        }
        System.out.println("BEGIN");
        int checksum = run(a, b, c);
        System.out.print("END ");
        System.out.println(checksum);
    }
}
