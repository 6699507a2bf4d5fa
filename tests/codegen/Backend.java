// Codegen expectations for the Thumb back end (see CodegenTest): operand order of two-address ops,
// phi moves on back edges, the peephole pass and shrink-wrapped stack checks (issue 11, part 6).
public class Backend {
    static final int POLY = 0xEDB88320;

    // The branch-free CRC step: crc = (crc >>> 1) ^ (POLY & -(crc & 1)). The eors takes the mask
    // (whose register is crc's) as the operand it overwrites, so the new crc stays in crc's register:
    // no copy on the back edge, no out-of-line move block, one branch per iteration of the bit loop.
    // -(crc & 1) is a shift pair (lsls #31; asrs #31), not lsls, lsrs and a negation.
    // thumb-loop: -mov r\d, r\d
    // thumb-loop: -^b \.
    // thumb-loop: asrs r\d, r\d, #31
    // thumb-loop: -rsbs
    static int crcBits(byte[] data, int crc) {
        crc = ~crc;
        for (int i = 0; i < data.length; i++) {
            crc ^= data[i] & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc >>> 1) ^ (POLY & -(crc & 1));
            }
        }
        return ~crc;
    }

    // x & ~y is one bics, not mvns and ands.
    // thumb: bics r\d, r\d
    // thumb: -mvns
    static int andNot(int x, int y) {
        return x & ~y;
    }

    // A byte that is already sign-extended by its load is not extended again. (The first iteration,
    // peeled, loads with an immediate offset, which only ldrb has: there the sxtb is needed.)
    // thumb-loop: ldrsb r\d, \[r\d, r\d\]
    // thumb-loop: -sxtb
    static int byteSum(byte[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (byte) a[i];
        }
        return s;
    }

    // (short) (byte) x needs one extension.
    // thumb-count: sxt[bh] 1
    static int narrowTwice(int x) {
        return (short) (byte) x;
    }

    // Registers run short in the inner loop, so the length of x lives in r8-r11; its bounds check
    // compares with the high register directly (cmp names any register) instead of copying it to
    // a low register first. (The outer loop still copies high registers to address through them.)
    // thumb-loop: cmp r\d, r(8|9|10|11)
    static int fir(short[] in, short[] taps, short[] out) {
        int sum = 0;
        for (int i = 31; i < in.length; i++) {
            int acc = 0;
            for (int t = 0; t < 32; t++) {
                acc += in[i - t] * taps[t];
            }
            out[i] = (short) (acc >> 15);
            sum ^= acc;
        }
        return sum;
    }

    // Tak recurs only when y < x: the stack check (a load of rtgo_stack_limit) sits on that path,
    // after the compare, not on entry where every call would pay for it. There the arguments have
    // been copied to r4-r6 and the limit goes into a free argument register; on entry it would go
    // into r4, saved for the purpose.
    // thumb: \.word rtgo_stack_limit
    // thumb: cmp sp, r[0-3]
    // thumb: -cmp sp, r4
    static int tak(int x, int y, int z) {
        if (y < x) {
            return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y));
        }
        return z;
    }

    // A recursive method with a handler keeps its check on entry (a StackOverflowError must come
    // from the callee's frame, where this method's handler catches it).
    // thumb: cmp sp, r4
    static int depth(int n) {
        try {
            return n <= 0 ? 0 : 1 + depth(n - 1);
        } catch (StackOverflowError e) {
            return -1;
        }
    }

    public static void main(String[] args) {
        byte[] d = new byte[args.length + 16];
        short[] s = new short[args.length + 40];
        System.out.println(fir(s, s, s) + crcBits(d, 0) + andNot(args.length, 3) + byteSum(d)
                + narrowTwice(args.length) + tak(6, 3, 1) + depth(5));
    }
}
