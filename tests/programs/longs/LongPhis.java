// Longs rotating through loop variables, swapped halves, Fibonacci to 92, mixed int/long ternaries, nested long loops.
public class LongPhis {
    static int calls;
    static long touch(long v) { calls++; return v; }
    public static void main(String[] args) {
        // pure permutation cycles of longs through loop phis
        long a = 0x1111_1111_2222_2222L, b = -3, c = 0x8000_0000L, d = Long.MIN_VALUE, e = 5;
        for (int i = 0; i < 7; i++) {
            long t = a; a = b; b = c; c = d; d = e; e = t;
            System.out.println(i + " " + a + " " + b + " " + c + " " + d + " " + e);
        }
        // swap high/low word roles: values that swap words
        long x = 0x0000_0001_FFFF_FFFEL, y = 0xFFFF_FFFE_0000_0001L;
        for (int i = 0; i < 5; i++) {
            long t = x; x = y; y = t;
            x = (x << 32) | (x >>> 32);
            System.out.println("xy " + x + " " + y);
        }
        // fib with longs, both words change each step
        long f0 = 0, f1 = 1;
        for (int i = 0; i < 92; i++) { long t = f0 + f1; f0 = f1; f1 = t; if (i % 10 == 0 || i > 85) System.out.println("fib " + i + " " + f1); }
        // ternaries producing longs; mixed int/long arms
        for (int i = -2; i <= 2; i++) {
            long t1 = i < 0 ? -1L : i == 0 ? 0L : 0x1_0000_0000L * i;
            long t2 = i > 0 ? i : 7L;     // int arm widened
            long t3 = (i & 1) == 0 ? touch(t1) : touch(t2) + 1;
            long t4 = i < 0 ? Long.MIN_VALUE : (i == 0 ? t3 : t1 - t2);
            System.out.println("tern " + i + " " + t1 + " " + t2 + " " + t3 + " " + t4);
        }
        // switch on parts of a long
        long key = 0x0123_4567_89AB_CDEFL;
        for (int sh = 0; sh < 64; sh += 4) {
            long r;
            switch ((int) ((key >>> sh) & 0xF)) {
                case 0: r = 100; break;
                case 1: case 2: r = -1L << sh; break;
                case 7: r = key; break;
                case 0xA: r = key >> sh; break;
                case 0xF: r = ~key; break;
                default: r = sh;
            }
            int lk;
            switch ((int) (key >>> sh) & 0x3F) {
                case 1: lk = 1; break;
                case 20: lk = 2; break;
                case 39: lk = 3; break;
                case 60: lk = 4; break;
                default: lk = -1;
            }
            System.out.println("sw " + sh + " " + r + " " + lk);
        }
        // loop with early break/continue and long accumulators
        long acc1 = 0, acc2 = -1, acc3 = Long.MAX_VALUE;
        for (long i = -20; i < 20; i += 3) {
            if (i == -2) continue;
            acc1 += i * i * i;
            acc2 ^= i << (int) (i & 63);
            if (acc1 > 10000) break;
            acc3 -= acc1;
        }
        System.out.println("acc " + acc1 + " " + acc2 + " " + acc3 + " calls=" + calls);
        // nested loops with long bounds derived from outer counters
        long tot = 0;
        for (long i = 0; i < 30; i++)
            for (long j = i; j > i - 5 && j >= 0; j--)
                tot += (i << 33) - j;
        System.out.println("tot " + tot);
    }
}
