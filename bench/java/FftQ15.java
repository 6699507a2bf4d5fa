/*
 * Benchmark kernel: a radix-2 decimation-in-time FFT in Q15 fixed point, as DSP code on a
 * microcontroller writes it: the data in static short[] re and im, the twiddle factors in static
 * short[] cos and sin tables, butterflies indexing re[i + k] and re[i + k + half] directly, and a
 * scaling shift per stage so that nothing overflows. Twin of bench/c/fftq15.c.
 *
 * What it stresses: four static short[] fields used inside the butterfly loop, the same scaled
 * index i + k shared between re and im (and i + k + half), a strided twiddle index k * step,
 * 16-bit loads and stores with sign extension, multiplies and arithmetic shifts; the bit-reversal
 * permutation's data-dependent swaps. The twiddle tables are built before BEGIN by an integer
 * rotation in Q30 (long arithmetic, identical on both sides), then rounded to Q15 and clamped to
 * 32767 so that no product pair can overflow an int.
 */
public class FftQ15 {
    static final int N = 512;
    static final int LOG_N = 9;
    static final int ROUNDS = 8;
    /** cos(2 pi / N) and sin(2 pi / N) in Q30. */
    static final long COS_STEP = 1073660973L;
    static final long SIN_STEP = 13176464L;

    static short[] re = new short[N];
    static short[] im = new short[N];
    static short[] cos = new short[N / 2];
    static short[] sin = new short[N / 2];
    static short[] input = new short[N];
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

    /** Rounds a Q30 value to Q15, clamped to 32767. */
    static short toQ15(long q30) {
        long v = (q30 + (1 << 14)) >> 15;
        return (short) (v > 32767 ? 32767 : v);
    }

    /** cos[k] = cos(2 pi k / N), sin[k] = sin(2 pi k / N) in Q15, by repeated rotation in Q30. */
    static void makeTwiddles() {
        long c = 1L << 30;
        long s = 0;
        for (int k = 0; k < N / 2; k++) {
            cos[k] = toQ15(c);
            sin[k] = toQ15(s);
            long nc = (c * COS_STEP - s * SIN_STEP) >> 30;
            long ns = (s * COS_STEP + c * SIN_STEP) >> 30;
            c = nc;
            s = ns;
        }
    }

    /** Reorders re and im into bit-reversed index order. */
    static void bitReverse() {
        int j = 0;
        for (int i = 1; i < N; i++) {
            int bit = N >> 1;
            while ((j & bit) != 0) {
                j ^= bit;
                bit >>= 1;
            }
            j ^= bit;
            if (i < j) {
                short t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
    }

    /** In-place forward FFT of re + i*im, halving the values at each stage. */
    static void fft() {
        bitReverse();
        for (int len = 2; len <= N; len <<= 1) {
            int half = len >> 1;
            int step = N / len;
            for (int i = 0; i < N; i += len) {
                for (int k = 0; k < half; k++) {
                    int wr = cos[k * step];
                    int wi = -sin[k * step];
                    int xr = re[i + k + half];
                    int xi = im[i + k + half];
                    int tr = (xr * wr - xi * wi) >> 15;
                    int ti = (xr * wi + xi * wr) >> 15;
                    int ur = re[i + k];
                    int ui = im[i + k];
                    re[i + k] = (short) ((ur + tr) >> 1);
                    im[i + k] = (short) ((ui + ti) >> 1);
                    re[i + k + half] = (short) ((ur - tr) >> 1);
                    im[i + k + half] = (short) ((ui - ti) >> 1);
                }
            }
        }
    }

    /** ROUNDS transforms of the input, each scaled differently, every spectrum hashed. */
    static void run() {
        checksum = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < N; i++) {
                re[i] = (short) (input[i] >> (round & 3));
                im[i] = 0;
            }
            fft();
            for (int i = 0; i < N; i++) {
                checksum = checksum * 31 + re[i];
                checksum = checksum * 31 + im[i];
            }
        }
    }

    public static void main(String[] args) {
        rng = 0x3C6EF372;
        makeTwiddles();
        for (int i = 0; i < N; i++) {
            input[i] = (short) nextRandom();
        }
        System.out.println("BEGIN");
        run();
        System.out.print("END ");
        System.out.println(checksum);
    }
}
