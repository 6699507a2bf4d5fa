/*
 * Benchmark kernel: the Q15 FIR filter of Fir, written the way application code usually is: the
 * samples, the coefficients and the output live in static fields that the loops use directly, and
 * saturation is a small helper method. Twin of bench/c/firstatic.c (globals used directly).
 *
 * What it stresses: static array fields read inside the inner loop (each getstatic, its null check,
 * length load and bounds check are loop-invariant but must be proved so), a static helper per
 * output sample, a second pass that hashes the output through a static field.
 * Coefficients are within +-1024 so the accumulator never overflows (the C twin's int is signed).
 */
public class FirStatic {
    static final int TAPS = 32;
    static final int OUTPUTS = 2048;

    static short[] samples = new short[OUTPUTS + TAPS - 1];
    static short[] coefficients = new short[TAPS];
    static short[] output = new short[OUTPUTS + TAPS - 1];
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

    /** Clamps a Q15 value to the range of a short. */
    static short saturate(int value) {
        if (value > Short.MAX_VALUE) {
            return Short.MAX_VALUE;
        }
        if (value < Short.MIN_VALUE) {
            return Short.MIN_VALUE;
        }
        return (short) value;
    }

    /** Filters the static samples through the static coefficients into the static output. */
    static void filter() {
        for (int n = TAPS - 1; n < samples.length; n++) {
            int acc = 1 << 14;
            for (int k = 0; k < TAPS; k++) {
                acc += samples[n - k] * coefficients[k];
            }
            output[n] = saturate(acc >> 15);
        }
    }

    /** Hashes the filtered samples into the static checksum. */
    static void hashOutput() {
        checksum = 0;
        for (int n = TAPS - 1; n < output.length; n++) {
            checksum = checksum * 31 + output[n];
        }
    }

    public static void main(String[] args) {
        rng = 0x1F123BB5;
        for (int k = 0; k < TAPS; k++) {
            coefficients[k] = (short) (nextRandom() >> 21);
        }
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) nextRandom();
        }
        System.out.println("BEGIN");
        filter();
        hashOutput();
        System.out.print("END ");
        System.out.println(checksum);
    }
}
