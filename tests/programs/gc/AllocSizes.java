// Attacks `new C` through Heap.allocSmall(type, rounded size), the bump whose size the compiler
// takes from its own layout instead of the descriptor: objects of every small size (0..9 int fields:
// 8..40 bytes), long and double fields (alignment padding), byte/char/short/boolean fields,
// subclasses adding fields to a parent's, a program exception class (a class-library parent),
// an inner class (this$0), a record, a lambda and an anonymous class capturing several values,
// objects built inside constructors of constructors. Each is read before it is written (every
// field 0/null/false, also after collections have reused dead memory), then filled from a seed; a
// few hundred thousand bytes of garbage per round force collections while one survivor of each
// kind per slot must keep its fields. A size the compiler rounds differently from the descriptor
// corrupts the next block or the sweep's walk, which the survivors' checks see. Objects that
// never leave their loop iteration, with fields written on some iterations only, must read 0 too.
public class AllocSizes {
    static class E0 {}
    static class I1 { int a; }
    static class I2 { int a, b; }
    static class I3 { int a, b, c; }
    static class I4 { int a, b, c, d; }
    static class I5 { int a, b, c, d, e; }
    static class I7 { int a, b, c, d, e, f, g; }
    static class I8 { int a, b, c, d, e, f, g, h; }
    static class I9 { int a, b, c, d, e, f, g, h, i; }
    static class J1 { long a; }
    static class JI { long a; int b; }
    static class IJ { int a; long b; }
    static class D3 { double a, b, c; }
    static class Small { byte a; boolean z; char c; short s; }
    static class R2 { Object a; R2 next; }
    // a chain of subclasses, each adding fields of another width
    static class S0 extends I3 { long x; }
    static class S1 extends S0 { byte y; }
    static class S2 extends S1 { double w; Object o; int q; }

    static class Tagged extends RuntimeException {
        int code;
        long stamp;
        String tag;
        Tagged(int code) { super("t" + code); }
    }

    record P(int x, long y, String z) {}

    int outerValue = 5;

    class Inner {
        int v;
        int sum() { return v + outerValue; }
    }

    // constructors that construct: a tree of objects made inside constructors
    static class Leaf {
        int v;
        Leaf(int v) { this.v = v; }
    }
    static class Pair {
        Leaf l, r;
        long w;
        Pair(int seed) {
            l = new Leaf(seed);
            r = new Leaf(seed + 1);
            w = (long) seed << 33;
        }
    }
    static class Quad {
        Pair p, q;
        I5 extra;
        Quad(int seed) {
            p = new Pair(seed);
            q = new Pair(seed * 3);
            extra = new I5();
            extra.e = seed;
        }
        long sum() { return p.l.v + p.r.v + q.l.v + q.r.v + extra.e + ((p.w + q.w) >> 33); }
    }

    static final int KINDS = 24;
    static int bad;

    static void expect(boolean ok, String what, int seed) {
        if (!ok && bad++ < 10) {
            System.out.println("BAD " + what + " seed " + seed);
        }
    }

    interface IntSupplier { long get(); }

    /** A new object of kind k, checked zero before it is filled from seed. */
    Object make(int k, int seed) {
        switch (k) {
            case 0: return new E0();
            case 1: { I1 o = new I1(); expect(o.a == 0, "I1", seed); o.a = seed; return o; }
            case 2: { I2 o = new I2(); expect((o.a | o.b) == 0, "I2", seed); o.a = seed; o.b = ~seed; return o; }
            case 3: { I3 o = new I3(); expect((o.a | o.b | o.c) == 0, "I3", seed); o.c = seed; return o; }
            case 4: { I4 o = new I4(); expect((o.a | o.b | o.c | o.d) == 0, "I4", seed); o.a = seed; o.d = seed * 2; return o; }
            case 5: { I5 o = new I5(); expect((o.a | o.b | o.c | o.d | o.e) == 0, "I5", seed); o.e = seed; return o; }
            case 6: { I7 o = new I7(); expect((o.a | o.b | o.c | o.d | o.e | o.f | o.g) == 0, "I7", seed); o.g = seed; o.a = -seed; return o; }
            case 7: { I8 o = new I8(); expect((o.a | o.b | o.c | o.d | o.e | o.f | o.g | o.h) == 0, "I8", seed); o.h = seed; return o; }
            case 8: { I9 o = new I9(); expect((o.a | o.b | o.c | o.d | o.e | o.f | o.g | o.h | o.i) == 0, "I9", seed); o.i = seed; o.e = 1; return o; }
            case 9: { J1 o = new J1(); expect(o.a == 0L, "J1", seed); o.a = (long) seed << 40 | seed; return o; }
            case 10: { JI o = new JI(); expect(o.a == 0L && o.b == 0, "JI", seed); o.a = -1L; o.b = seed; return o; }
            case 11: { IJ o = new IJ(); expect(o.a == 0 && o.b == 0L, "IJ", seed); o.a = seed; o.b = Long.MIN_VALUE + seed; return o; }
            case 12: { D3 o = new D3(); expect(o.a == 0.0 && o.b == 0.0 && o.c == 0.0, "D3", seed); o.c = seed + 0.5; return o; }
            case 13: {
                Small o = new Small();
                expect(o.a == 0 && !o.z && o.c == '\0' && o.s == 0, "Small", seed);
                o.a = (byte) seed; o.z = true; o.c = (char) seed; o.s = (short) -seed;
                return o;
            }
            case 14: { R2 o = new R2(); expect(o.a == null && o.next == null, "R2", seed); o.a = "r" + (seed & 7); o.next = new R2(); return o; }
            case 15: { S0 o = new S0(); expect((o.a | o.b | o.c) == 0 && o.x == 0L, "S0", seed); o.x = seed; o.a = seed; return o; }
            case 16: { S1 o = new S1(); expect(o.x == 0L && o.y == 0 && o.c == 0, "S1", seed); o.y = (byte) seed; o.x = -seed; return o; }
            case 17: {
                S2 o = new S2();
                expect(o.w == 0.0 && o.o == null && o.q == 0 && o.y == 0 && o.x == 0L && (o.a | o.b | o.c) == 0, "S2", seed);
                o.w = seed; o.o = o; o.q = seed; o.b = seed;
                return o;
            }
            case 18: {
                Tagged o = new Tagged(seed);
                expect(o.code == 0 && o.stamp == 0L && o.tag == null, "Tagged", seed);
                o.code = seed; o.stamp = (long) seed * seed; o.tag = "x";
                return o;
            }
            case 19: return new P(seed, (long) seed << 20, seed % 2 == 0 ? "even" : null);
            case 20: { Inner o = new Inner(); expect(o.v == 0, "Inner", seed); o.v = seed; return o; }
            case 21: {
                int a = seed, b = seed + 1, c = seed + 2, d = seed + 3;
                long e = (long) seed << 32;
                IntSupplier s = () -> a + b + c + d + (e >>> 32);
                return s;
            }
            case 22: {
                int a = seed, b = seed * 2;
                String t = "anon";
                return new Object() {
                    int own;
                    @Override
                    public String toString() { return t + (a + b + own); }
                };
            }
            default: return new Quad(seed);
        }
    }

    /** Whether object o of kind k still holds what make(k, seed) put in it. */
    static boolean holds(int k, Object o, int seed) {
        switch (k) {
            case 0: return o instanceof E0;
            case 1: return ((I1) o).a == seed;
            case 2: return ((I2) o).a == seed && ((I2) o).b == ~seed;
            case 3: { I3 x = (I3) o; return x.a == 0 && x.b == 0 && x.c == seed; }
            case 4: { I4 x = (I4) o; return x.a == seed && x.b == 0 && x.c == 0 && x.d == seed * 2; }
            case 5: { I5 x = (I5) o; return x.e == seed && (x.a | x.b | x.c | x.d) == 0; }
            case 6: { I7 x = (I7) o; return x.g == seed && x.a == -seed && (x.b | x.c | x.d | x.e | x.f) == 0; }
            case 7: { I8 x = (I8) o; return x.h == seed && (x.a | x.b | x.c | x.d | x.e | x.f | x.g) == 0; }
            case 8: { I9 x = (I9) o; return x.i == seed && x.e == 1 && (x.a | x.b | x.c | x.d | x.f | x.g | x.h) == 0; }
            case 9: return ((J1) o).a == ((long) seed << 40 | seed);
            case 10: return ((JI) o).a == -1L && ((JI) o).b == seed;
            case 11: return ((IJ) o).a == seed && ((IJ) o).b == Long.MIN_VALUE + seed;
            case 12: { D3 x = (D3) o; return x.a == 0.0 && x.b == 0.0 && x.c == seed + 0.5; }
            case 13: { Small x = (Small) o; return x.a == (byte) seed && x.z && x.c == (char) seed && x.s == (short) -seed; }
            case 14: { R2 x = (R2) o; return x.a.equals("r" + (seed & 7)) && x.next != null && x.next.a == null && x.next.next == null; }
            case 15: { S0 x = (S0) o; return x.x == seed && x.a == seed && x.b == 0; }
            case 16: { S1 x = (S1) o; return x.y == (byte) seed && x.x == -seed && (x.a | x.b | x.c) == 0; }
            case 17: { S2 x = (S2) o; return x.w == seed && x.o == x && x.q == seed && x.b == seed && x.x == 0L && x.y == 0; }
            case 18: { Tagged x = (Tagged) o; return x.code == seed && x.stamp == (long) seed * seed && x.tag.equals("x") && x.getMessage().equals("t" + seed); }
            case 19: return o.equals(new P(seed, (long) seed << 20, seed % 2 == 0 ? "even" : null));
            case 20: return ((Inner) o).sum() == seed + 5;
            case 21: return ((IntSupplier) o).get() == 4L * seed + 6 + seed;
            case 22: return o.toString().equals("anon" + 3 * seed);
            default: return ((Quad) o).sum() == 13L * seed + 2;
        }
    }

    static class Q extends P2 {
        int e;
        Q() { e = b + 1; b = 7; }
    }
    static class P2 { int a, b; long c; double d; Object o; boolean z; byte y; char ch; }

    /** Objects that never leave the loop, some fields written on some iterations only. */
    static long local() {
        long s = 0;
        for (int i = 0; i < 1000; i++) {
            P2 p = new P2();
            if (i % 3 == 0) {
                p.a = i;
            }
            if (i % 5 == 0) {
                p.c = (long) i << 35;
            }
            if (i % 7 == 0) {
                p.o = p;
                p.z = true;
                p.y = (byte) i;
                p.ch = (char) i;
                p.d = i / 2.0;
            }
            s += p.a + p.b + (p.c >> 30) + (p.o == null ? 1 : 2) + (p.z ? 3 : 0) + p.y + p.ch + (long) p.d;
            Q q = new Q();
            s += q.e * 10 + q.b + q.a;
            P2[] two = {new P2(), i % 2 == 0 ? new Q() : null};
            s += two[0].a + (two[1] == null ? 0 : two[1].b);
        }
        return s;
    }

    public static void main(String[] args) {
        System.out.println("local " + local());
        AllocSizes outer = new AllocSizes();
        Object[] keep = new Object[KINDS * 2];
        int[] seeds = new int[KINDS * 2];
        int made = 0;
        for (int round = 0; round < 120; round++) {
            for (int k = 0; k < KINDS; k++) {
                // garbage first, so the survivor lands among dead blocks
                for (int g = 0; g < 8; g++) {
                    Object junk = outer.make(k, round * 1000 + g);
                    if (!holds(k, junk, round * 1000 + g)) {
                        expect(false, "fresh kind " + k, round);
                    }
                    made++;
                }
                int slot = k * 2 + (round & 1);
                int seed = round * 7919 + k;
                if (keep[slot] != null && !holds(k, keep[slot], seeds[slot])) {
                    expect(false, "survivor kind " + k + " round " + round, seeds[slot]);
                }
                keep[slot] = outer.make(k, seed);
                seeds[slot] = seed;
                made++;
            }
            // a burst of plain garbage bytes
            int[] filler = new int[200 + round % 50];
            filler[filler.length - 1] = round;
        }
        int good = 0;
        for (int s = 0; s < keep.length; s++) {
            if (holds(s / 2, keep[s], seeds[s])) {
                good++;
            } else {
                System.out.println("lost kind " + s / 2);
            }
        }
        System.out.println("made " + made + ", survivors intact " + good + "/" + keep.length + ", bad " + bad);
        System.out.println(keep[19 * 2] + " " + keep[22 * 2] + " " + ((Quad) keep[23 * 2 + 1]).sum());
        System.out.println(((Tagged) keep[18 * 2]).getMessage() + " " + ((S2) keep[17 * 2 + 1]).w + " " + ((D3) keep[12 * 2]).c);
    }
}
