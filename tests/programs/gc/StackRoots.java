// Objects reachable only from the stack while callees collect: twelve live locals (some spilled),
// arguments down a recursion, an operand held across a call (x.f() + g() + x.f()), an exception in
// flight through finally blocks that allocate, and a dead local whose object may go while later
// locals live.
public class StackRoots {
    static class Obj {
        final int v; final int[] pad;
        Obj(int v) { this.v = v; pad = new int[6]; pad[5] = v * 3; }
        int check() { return pad[5] == v * 3 ? v : -1000000; }
    }

    static class Carrier extends RuntimeException {
        final Obj payload;
        Carrier(Obj payload) { super("carrier"); this.payload = payload; }
    }

    static int garbage(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) { Obj o = new Obj(i); s += o.pad.length; }
        return s;
    }

    static int manyLocals(int seed) {
        Obj a = new Obj(seed + 1), b = new Obj(seed + 2), c = new Obj(seed + 3), d = new Obj(seed + 4);
        Obj e = new Obj(seed + 5), f = new Obj(seed + 6), g = new Obj(seed + 7), h = new Obj(seed + 8);
        Obj i = new Obj(seed + 9), j = new Obj(seed + 10), k = new Obj(seed + 11), l = new Obj(seed + 12);
        garbage(400);
        return a.check() + b.check() + c.check() + d.check() + e.check() + f.check() + g.check() + h.check()
                + i.check() + j.check() + k.check() + l.check();
    }

    static int recurse(Obj carried, int depth) {
        if (depth == 0) return carried.check() + garbage(300) * 0;
        Obj mine = new Obj(depth * 100);
        int below = recurse(new Obj(carried.v + 1), depth - 1);
        return below + mine.check() + carried.check();
    }

    static int operandAcrossCall(Obj x) {
        // x.check() is evaluated before garbage() runs; then x must still be valid afterwards.
        return x.check() + garbage(500) * 0 + x.check() + new Obj(5).check() + garbage(100) * 0;
    }

    static int thrower(int depth) {
        try {
            if (depth == 0) throw new Carrier(new Obj(4242));
            return thrower(depth - 1);
        } finally {
            garbage(150); // collections while the exception is in flight
        }
    }

    public static void main(String[] args) {
        int total = 0;
        for (int round = 0; round < 5; round++) {
            int m = manyLocals(round * 100);
            total += m;
            System.out.println("round " + round + " many locals " + m);
        }
        int r = recurse(new Obj(1), 12);
        System.out.println("recursion " + r);
        Obj keep = new Obj(77);
        System.out.println("operand across call " + operandAcrossCall(keep) + " and again " + operandAcrossCall(new Obj(88)));
        try {
            thrower(6);
        } catch (Carrier c) {
            garbage(500);
            System.out.println("exception payload survived " + c.payload.check() + " " + c.getMessage());
        }
        Obj dead = new Obj(1);
        int fromDead = dead.check();
        dead = null;
        Obj alive = new Obj(99);
        garbage(1000);
        System.out.println("dead local read before " + fromDead + ", alive " + alive.check() + ", keep " + keep.check() + ", total " + total);
    }
}
