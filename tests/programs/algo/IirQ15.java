// A fixed-point IIR filter: a one-pole low-pass y += (x - y) * alpha in Q15 and a direct-form-I
// biquad with Q14 coefficients (to allow |a1| up to 2), 32-bit accumulators, arithmetic shifts for
// rounding, and state kept in static fields. Step and impulse responses are printed.
public class IirQ15 {
    static int y1State;

    static int onePole(int x, int alphaQ15) {
        y1State += ((x - y1State) * alphaQ15 + 0x4000) >> 15;
        return y1State;
    }

    // Biquad state: x[n-1], x[n-2], y[n-1], y[n-2].
    static int bx1, bx2, by1, by2;
    // Q14 coefficients of a resonant low-pass (b0 b1 b2 a1 a2); a's are subtracted.
    static final int B0 = 1024, B1 = 2048, B2 = 1024, A1 = -22938, A2 = 10650;

    static int biquad(int x) {
        int acc = B0 * x + B1 * bx1 + B2 * bx2 - A1 * by1 - A2 * by2;
        int y = (acc + (1 << 13)) >> 14;
        if (y > 32767) y = 32767;
        if (y < -32768) y = -32768;
        bx2 = bx1;
        bx1 = x;
        by2 = by1;
        by1 = y;
        return y;
    }

    public static void main(String[] a) {
        System.out.println("one-pole step response, alpha = 0.125:");
        for (int n = 0; n < 24; n++) {
            int y = onePole(16384, 4096);
            System.out.print(y + " ");
        }
        System.out.println();
        System.out.println("decay back to zero:");
        for (int n = 0; n < 24; n++) System.out.print(onePole(0, 4096) + " ");
        System.out.println();
        System.out.println("negative step:");
        for (int n = 0; n < 12; n++) System.out.print(onePole(-20000, 12000) + " ");
        System.out.println();

        System.out.println("biquad impulse response:");
        int sum = 0;
        for (int n = 0; n < 40; n++) {
            int y = biquad(n == 0 ? 16384 : 0);
            sum += y;
            System.out.print(y + " ");
            if (n % 10 == 9) System.out.println();
        }
        System.out.println("impulse sum " + sum);
        bx1 = bx2 = by1 = by2 = 0;
        System.out.println("biquad step response:");
        int peak = 0, last = 0;
        for (int n = 0; n < 40; n++) {
            last = biquad(8000);
            if (last > peak) peak = last;
        }
        System.out.println("peak " + peak + " final " + last);
        // Alternating input at Nyquist is strongly attenuated.
        bx1 = bx2 = by1 = by2 = 0;
        int maxAbs = 0;
        for (int n = 0; n < 40; n++) {
            int y = biquad((n & 1) == 0 ? 16000 : -16000);
            if (n > 20) maxAbs = Math.max(maxAbs, Math.abs(y));
        }
        System.out.println("Nyquist residue " + maxAbs);
    }
}
