// References live across a call only because a catch or finally block reads them, while the
// call collects (directly or in the constructor of the exception it throws).
public class GcHandlers {
    static int churn(int kb) {
        int acc = 0;
        for (int k = 0; k < kb; k++) { int[] a = new int[200]; a[k % 200] = k; acc += a[k % 200]; Object[] o = new Object[20]; acc += o.length; }
        return acc & 1;
    }
    static class Obj { final int v; final int[] d; Obj(int v) { this.v = v; d = new int[] { v * 3, v * 5, v * 7 }; } int s() { return v + d[0] + d[1] * 2 + d[2] * 3; } }
    static class Boom extends RuntimeException { final Obj o; Boom(Obj o) { super("boom" + o.v); this.o = o; churn(30); } }

    static void thrower(int n) { churn(40); if (n >= 0) throw new Boom(new Obj(n)); }
    static void deepThrower(int d, int n) { Obj mid = new Obj(d); churn(5); if (d == 0) thrower(n); else deepThrower(d - 1, n); if (mid.v < 0) System.out.println("x"); }

    static int onlyInCatch(int i) {
        Obj a = new Obj(i), b = new Obj(i + 1), c = new Obj(i + 2);
        int r = a.s();
        try { thrower(i); r = -1; }
        catch (Boom e) { r += b.s() * 3 + c.s() * 5 + e.o.s() * 7; }
        return r;
    }
    static int assignedInTry(int i) {
        Obj x = new Obj(-i);
        try { x = new Obj(i * 10); churn(20); x = new Obj(i * 100); deepThrower(6, i); x = null; }
        catch (Boom e) { return x.s() + e.o.v; }
        return -999;
    }
    static int onlyInFinally(int i) {
        Obj f = new Obj(i + 50);
        int r = 0;
        try { r = churn(30); if ((i & 1) == 0) thrower(i); r += 1; }
        catch (Boom e) { r += e.o.v; }
        finally { r = r * 31 + f.s(); }
        return r;
    }
    static int nested(int i) {
        Obj outer = new Obj(i);
        int r = 0;
        try {
            Obj middle = new Obj(i + 7);
            try { deepThrower(4, i); }
            catch (IllegalStateException never) { r = -5; }
            finally { churn(20); r += middle.s(); }
        } catch (Boom e) {
            churn(20);
            r = r * 7 + outer.s() + e.o.s();
        }
        return r;
    }
    static int loopHandler(int n) {
        Obj[] held = new Obj[n];
        Obj last = null;
        int r = 0;
        for (int i = 0; i < n; i++) {
            Obj cur = new Obj(i);
            try { if (i % 3 == 0) thrower(i); else churn(10); held[i] = cur; }
            catch (Boom e) { held[i] = e.o; r += cur.s() + (last == null ? 0 : last.s()); }
            last = cur;
        }
        for (int i = 0; i < n; i++) r = r * 3 + held[i].s();
        return r;
    }
    static int rethrow(int i) {
        Obj keep = new Obj(i * 2);
        try {
            try { thrower(i); }
            catch (Boom e) { churn(30); throw new IllegalStateException("re" + e.o.v + "/" + keep.v); }
        } catch (IllegalStateException e) {
            churn(30);
            return e.getMessage().length() * 1000 + keep.s();
        }
        return 0;
    }

    public static void main(String[] args) {
        int total = 0;
        for (int i = 0; i < 8; i++) {
            int a = onlyInCatch(i), b = assignedInTry(i), c = onlyInFinally(i), d = nested(i), e = rethrow(i);
            System.out.println(i + ": " + a + " " + b + " " + c + " " + d + " " + e);
            total = total * 31 + a + b + c + d + e;
        }
        System.out.println("loop " + loopHandler(60));
        System.out.println("total " + total);
    }
}
