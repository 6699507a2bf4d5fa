/*
 * Benchmark kernel: a 24-tap FIR filter in single precision over float[] signal and coefficient
 * arrays held in static fields, the way DSP code is written in Java. Twin of bench/c/floatfir.c.
 *
 * What it stresses: float multiply-accumulate (soft-float fmul and fadd on the Cortex-M0+, which has
 * no FPU: rtgo's SoftFloat against libgcc's __aeabi_fmul/__aeabi_fadd), float array loads and
 * stores. The checksum is the raw bits of the output samples mixed into an int, so both sides must
 * round every operation identically (IEEE single, round to nearest even; C with -std=c99 does not
 * contract a*b+c into a fused multiply-add).
 */
public class FloatFir {
    static final int TAPS = 24;
    static final int OUTPUTS = 320;

    static int rng;
    static float[] coeffs = new float[TAPS];
    static float[] signal = new float[OUTPUTS + TAPS - 1];
    static float[] output = new float[OUTPUTS + TAPS - 1];

    /** xorshift32 (Marsaglia 2003); the C twin runs the same generator. */
    static int nextRandom() {
        int x = rng;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        rng = x;
        return x;
    }

    static int filter() {
        int hash = 0;
        for (int n = TAPS - 1; n < signal.length; n++) {
            float acc = 0.0f;
            for (int k = 0; k < TAPS; k++) {
                acc += coeffs[k] * signal[n - k];
            }
            output[n] = acc;
            hash = hash * 31 + Float.floatToIntBits(acc);
        }
        return hash;
    }

    public static void main(String[] args) {
        rng = 0x6C078965;
        for (int k = 0; k < TAPS; k++) {
            coeffs[k] = (nextRandom() >> 8) / 16777216.0f; // in (-0.5, 0.5)
        }
        for (int i = 0; i < signal.length; i++) {
            signal[i] = (nextRandom() >> 16) / 256.0f; // in (-128, 128)
        }
        System.out.println("BEGIN");
        int checksum = filter();
        System.out.print("END ");
        System.out.println(checksum);
    }
}
