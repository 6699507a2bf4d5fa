/*
 * Benchmark kernel: the N x N int matrix multiply of MatMul, written the way application code
 * usually is: three int[][] matrices in static fields, used directly in the i-j-k loops, and a
 * checksum kept in a static field. Twin of bench/c/matmul2d.c (global int32_t[N][N] arrays).
 *
 * What it stresses: the row loads a[i] and b[k] (each a reference load with its null and bounds
 * checks; a[i] and c[i] are invariant in the inner loops, b[k] is not), the element bounds checks
 * against each row's own length, static fields re-read in every iteration unless proved invariant.
 * C's two-dimensional arrays are contiguous and have no row pointers: that load is a cost Java's
 * int[][] inherently has, kept in on purpose (README.md, "The idiomatic kernels").
 * Entries are in -128..127, so the dot products cannot overflow.
 */
public class MatMul2D {
    static final int N = 40;

    static int[][] a = new int[N][N];
    static int[][] b = new int[N][N];
    static int[][] c = new int[N][N];
    static int checksum;

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

    /** c = a * b over the static matrices. */
    static void multiply() {
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                int sum = 0;
                for (int k = 0; k < N; k++) {
                    sum += a[i][k] * b[k][j];
                }
                c[i][j] = sum;
            }
        }
    }

    /** Hashes the product, row by row, into the static checksum. */
    static void hashProduct() {
        checksum = 0;
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                checksum = checksum * 31 + c[i][j];
            }
        }
    }

    public static void main(String[] args) {
        rng = 0x6C078965;
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                a[i][j] = nextRandom() >> 24;
                b[i][j] = nextRandom() >> 24;
            }
        }
        System.out.println("BEGIN");
        multiply();
        hashProduct();
        System.out.print("END ");
        System.out.println(checksum);
    }
}
