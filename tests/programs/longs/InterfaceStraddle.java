// An interface method (long, long, int, long, long): a long straddles r3 and the stack; its stack trace.
public class InterfaceStraddle {
    interface Op { long apply(long a, long b, int c, long d, long e); }
    static class Add implements Op { public long apply(long a, long b, int c, long d, long e) { return a + b + c + d + e; } }
    static class Mix implements Op {
        long bias;
        Mix(long bias) { this.bias = bias; }
        public long apply(long a, long b, int c, long d, long e) {
            if (c < 0) throw new IllegalArgumentException("c=" + c + " a=" + a + " e=" + e);
            return (a ^ b) - (d << c) + e * bias;
        }
    }
    static long drive(Op op, long seed, int n) {
        long acc = seed;
        for (int i = 0; i < n; i++) acc = op.apply(acc, acc >>> 7, i, -acc, 0x1_0000_0000L + i);
        return acc;
    }
    static long viaIface(Op op, long x) { return op.apply(x, ~x, -1, x, x + 1); }
    public static void main(String[] args) {
        Op[] ops = {new Add(), new Mix(3), new Mix(-0x1_0000_0001L)};
        for (Op op : ops) System.out.println(drive(op, 0x0123_4567_89AB_CDEFL, 10));
        System.out.println(viaIface(ops[0], Long.MAX_VALUE));
        try { viaIface(ops[1], 5); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        viaIface(ops[2], Long.MIN_VALUE);
    }
}
