// Byte and short loads that the optimiser may turn into zero-extending loads: (b[i] & 0xff) and
// b[i] == 0 tests, where the same loaded value also flows elsewhere (into a phi, a comparison
// against a negative number, a call argument, a later arithmetic use), so the sign extension must be
// kept for those uses. Values include 0x80..0xff bytes and 0x8000..0xffff shorts.
public class StressNarrowLoads {
    static int use(int v) {
        return v * 3;
    }

    public static void main(String[] args) {
        byte[] b = {0, -1, 127, -128, 1, -2, 0, 64, -64, -127};
        short[] s = {0, -1, 32767, -32768, 1, 0, -300, 300};
        int h = 0;
        for (int i = 0; i < b.length; i++) {
            int v = b[i];
            int u = b[i] & 0xff;
            int w = (i & 1) == 0 ? v : u;
            if (b[i] == 0) h += 1000;
            if (v < -100) h -= 7;
            h = h * 31 + w + use(v) - u;
        }
        System.out.println("bytes " + h);
        int g = 0;
        for (int i = 0; i < s.length; i++) {
            int v = s[i];
            if (v != 0) g += v & 0xffff;
            int carried = v;
            if (i > 3) carried = v & 0xffff;
            g = g * 17 + carried + (v >> 4);
        }
        System.out.println("shorts " + g);
        int z = 0, last = 0;
        for (int i = 0; i < b.length; i++) {
            int v = b[i];
            if (v == 0) {
                z++;
                continue;
            }
            last = v;
        }
        System.out.println("zeros " + z + " last " + last);
        char[] c = {0, 0xffff, 0x8000, 'a'};
        int k = 0;
        for (int i = 0; i < c.length; i++) {
            int v = c[i];
            k = k * 7 + (v == 0 ? -1 : v) + (c[i] & 0xff) + (short) c[i];
        }
        System.out.println("chars " + k);
    }
}
