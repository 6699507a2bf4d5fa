// Instruction selection at immediate-field boundaries: adds/subs with 7/8 and 255/256, compares
// with 0, 255, 256, -1, -255, -256 and the extremes (signed and, through the bounds check, unsigned),
// masks that become uxtb/uxth/bic/shift pairs, shifts by variables of 0, 31, 32, 33 and negative
// amounts (Java masks the count to 5 bits; the Thumb register shift does not), and constants built
// with movs/mvns/lsls or loaded from the pool. Values come from an array so nothing folds.
public class StressImmediates {
    static int[] vals = {0, 1, 7, 8, 254, 255, 256, 257, -1, -7, -8, -255, -256, -257, 65535, 65536,
        0x7fffffff, 0x80000000, 0x80000001, 0x00ff0000, 0xff00ff00};

    static int cmpBits(int x) {
        int m = 0;
        if (x == 0) m |= 1;
        if (x > 255) m |= 2;
        if (x >= 256) m |= 4;
        if (x < -1) m |= 8;
        if (x <= -255) m |= 16;
        if (x != -256) m |= 32;
        if (x > 0x7ffffffe) m |= 64;
        if (x < 0x80000001) m |= 128;
        if (x == 7) m |= 256;
        if (x >= 8) m |= 512;
        if ((x & 0xff) == 0) m |= 1024;
        if ((x & 7) != 0) m |= 2048;
        if ((x & 0x3ff) == 0) m |= 4096;
        if (x + 1 == 0) m |= 8192;
        if (x - 1 < 0) m |= 16384;
        return m;
    }

    static int arith(int x) {
        int h = x + 7;
        h = h * 3 + (x + 8);
        h = h * 3 + (x - 7);
        h = h * 3 + (x - 8);
        h = h * 3 + (x + 255);
        h = h * 3 + (x + 256);
        h = h * 3 + (x - 255);
        h = h * 3 + (x - 256);
        h = h * 3 + (x - 0x80000000);
        h = h * 3 + (x + 0x7fffffff);
        h = h * 3 + (x & 0xff) + (x & 0xffff) * 5;
        h = h * 3 + (x & ~0xff) + (x & 0xffffff00) * 7;
        h = h * 3 + (x & 0x7fffffff) + (x & 1) + (x & 0x3f);
        h = h * 3 + (x | 0x100) + (x ^ 0xff);
        h = h * 3 + (x ^ -1) + (-x) + (0 - x) + (1 - x);
        h = h * 3 + x * 255 + x * 256 + x * -1 + x * 0x10000;
        return h;
    }

    static int shifts(int x, int s) {
        return (x << s) ^ (x >> s) * 3 ^ (x >>> s) * 5 ^ Integer.rotateLeft(x, s) * 7 ^ Integer.rotateRight(x, s) * 11;
    }

    public static void main(String[] args) {
        for (int i = 0; i < vals.length; i++) {
            int x = vals[i];
            System.out.println(x + " cmp " + cmpBits(x) + " arith " + arith(x));
        }
        int[] amounts = {0, 1, 5, 31, 32, 33, 63, 64, -1, -31, -32, 255, 256, 257, 0x7fffffff, 0x80000000};
        for (int j = 0; j < amounts.length; j++) {
            int h = 0;
            for (int i = 0; i < vals.length; i++) h = h * 31 + shifts(vals[i], amounts[j]);
            System.out.println("shift " + amounts[j] + " " + h);
        }
        int[] consts = new int[12];
        consts[0] = 0x100;
        consts[1] = 0xff00;
        consts[2] = -256;
        consts[3] = ~0x80;
        consts[4] = 0x3fc00000;
        consts[5] = 0x80000000;
        consts[6] = 0x12345678;
        consts[7] = 0xffffff00;
        consts[8] = 0xfffffe00;
        consts[9] = 510;
        consts[10] = -255;
        consts[11] = 1 << 31 >> 7;
        int c = 0;
        for (int i = 0; i < consts.length; i++) c = c * 17 + consts[i];
        System.out.println("consts " + c);
    }
}
