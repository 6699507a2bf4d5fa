/*
 * Benchmark kernel: a 32-tap Q15 FIR filter with rounding and saturation, as in fixed-point DSP code.
 * Twin of bench/c/fir.c: same data, same loops, same checksum (see bench/README.md).
 *
 * What it stresses: a multiply-accumulate inner loop over two short arrays (sign-extending 16-bit
 * loads, 32-bit multiply), then an arithmetic shift, a clamp and a short store per output sample.
 * Coefficients are kept within +-1024 so the 32-bit accumulator can never overflow: the C twin uses
 * signed int arithmetic, where overflow would be undefined.
 */
public class Fir {
    static final int TAPS = 32;
    static final int OUTPUTS = 2048;

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

    /** Filters {@code x} through {@code h} into {@code y}; returns a hash of the output samples. */
    static int fir(short[] x, short[] h, short[] y) {
        int hash = 0;
        for (int n = TAPS - 1; n < x.length; n++) {
            int acc = 1 << 14;
            for (int k = 0; k < TAPS; k++) {
                acc += x[n - k] * h[k];
            }
            acc >>= 15;
            if (acc > 32767) {
                acc = 32767;
            } else if (acc < -32768) {
                acc = -32768;
            }
            y[n] = (short) acc;
            hash = hash * 31 + acc;
        }
        return hash;
    }

    public static void main(String[] args) {
        rng = 0x1F123BB5;
        short[] h = new short[TAPS];
        for (int k = 0; k < TAPS; k++) {
            h[k] = (short) (nextRandom() >> 21);
        }
        short[] x = new short[OUTPUTS + TAPS - 1];
        for (int i = 0; i < x.length; i++) {
            x[i] = (short) nextRandom();
        }
        short[] y = new short[x.length];
        System.out.println("BEGIN");
        int checksum = fir(x, h, y);
        System.out.print("END ");
        System.out.println(checksum);
    }
}
