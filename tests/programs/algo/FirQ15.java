// A fixed-point FIR low-pass filter in Q15: 16-bit samples in a short[] delay line (circular
// buffer), Q15 coefficients, 32-bit accumulation with rounding (+0x4000) and saturation back to
// 16 bits. Input is a square wave plus a fast alternating component; the filter removes the latter.
public class FirQ15 {
    // 9-tap symmetric low-pass (a Hamming-windowed sinc, coefficients sum to ~32768).
    static final short[] TAPS = { -319, 0, 3276, 8192, 10470, 8192, 3276, 0, -319 };
    static short[] delay = new short[TAPS.length];
    static int pos;

    static short saturate(int v) {
        if (v > 32767) return 32767;
        if (v < -32768) return -32768;
        return (short) v;
    }

    static short filter(short x) {
        delay[pos] = x;
        int acc = 0;
        int idx = pos;
        for (int k = 0; k < TAPS.length; k++) {
            acc += TAPS[k] * delay[idx];
            idx = idx == 0 ? TAPS.length - 1 : idx - 1;
        }
        pos = pos + 1 == TAPS.length ? 0 : pos + 1;
        return saturate((acc + 0x4000) >> 15);
    }

    static short mulQ15(short a, short b) {
        return saturate((a * b + 0x4000) >> 15);
    }

    public static void main(String[] a) {
        int gain = 0;
        for (short t : TAPS) gain += t;
        System.out.println("DC gain (Q15) = " + gain);
        System.out.println("0.5*0.5 = " + mulQ15((short) 16384, (short) 16384) + ", -1*-1 = " + mulQ15((short) -32768, (short) -32768)
                + ", -1*0.5 = " + mulQ15((short) -32768, (short) 16384) + ", 0.999*-0.25 = " + mulQ15((short) 32767, (short) -8192));
        int energyIn = 0, energyOut = 0;
        for (int n = 0; n < 64; n++) {
            int square = (n / 16) % 2 == 0 ? 12000 : -12000;
            int noise = (n & 1) == 0 ? 6000 : -6000;
            short x = saturate(square + noise);
            short y = filter(x);
            if (n >= 16) {
                energyIn += (noise / 64) * (noise / 64);
                energyOut += ((y - square) / 64) * ((y - square) / 64);
            }
            System.out.println("n=" + n + " x=" + x + " y=" + y);
        }
        System.out.println("noise energy in " + energyIn + ", residual out " + energyOut);
        // Saturation: full-scale input with a gain > 1 clips.
        for (int k = 0; k < TAPS.length; k++) delay[k] = 0;
        pos = 0;
        short clipped = 0;
        for (int n = 0; n < 12; n++) clipped = filter((short) 32767);
        System.out.println("steady state at +full scale: " + clipped);
        for (int n = 0; n < 12; n++) clipped = filter((short) -32768);
        System.out.println("steady state at -full scale: " + clipped);
    }
}
