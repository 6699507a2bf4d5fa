// Static initialisers that throw while the heap is nearly full of garbage: wrapping the
// exception in ExceptionInInitializerError allocates while the stack is being unwound.
public class GcClinitFail {
    static boolean fail = true;
    static int churn(int kb) {
        int acc = 0;
        for (int k = 0; k < kb; k++) { int[] a = new int[250]; a[k % 250] = k; acc += a[k % 250]; }
        return acc & 1;
    }
    static int[] sizes = new int[64];
    static int step(int i) {
        // garbage of an odd size, so the collector is due at a different point each time
        for (int k = 0; k < 3 + i % 5; k++) { int[] g = new int[1 + (i * 37 + k * 11) % 200]; sizes[k] = g.length; }
        return churn(17 + i * 13 % 29);
    }
    static class Bad0 { static int x = 1; static { if (fail) throw new IllegalStateException("bad0"); } static int get() { return x; } }
    static class Bad1 { static int x = 1; static { if (fail) throw new IllegalStateException("bad1"); } static int get() { return x; } }
    static class Bad2 { static int x = 1; static { if (fail) throw new IllegalStateException("bad2"); } static int get() { return x; } }
    static class Bad3 { static int x = 1; static { if (fail) throw new IllegalStateException("bad3"); } static int get() { return x; } }
    static class Bad4 { static int x = 1; static { if (fail) throw new IllegalStateException("bad4"); } static int get() { return x; } }
    static class Bad5 { static int x = 1; static { if (fail) throw new IllegalStateException("bad5"); } static int get() { return x; } }
    static class Bad6 { static int x = 1; static { if (fail) throw new IllegalStateException("bad6"); } static int get() { return x; } }
    static class Bad7 { static int x = 1; static { if (fail) throw new IllegalStateException("bad7"); } static int get() { return x; } }
    static class Bad8 { static int x = 1; static { if (fail) throw new IllegalStateException("bad8"); } static int get() { return x; } }
    static class Bad9 { static int x = 1; static { if (fail) throw new IllegalStateException("bad9"); } static int get() { return x; } }
    static class Bad10 { static int x = 1; static { if (fail) throw new IllegalStateException("bad10"); } static int get() { return x; } }
    static class Bad11 { static int x = 1; static { if (fail) throw new IllegalStateException("bad11"); } static int get() { return x; } }
    static class Bad12 { static int x = 1; static { if (fail) throw new IllegalStateException("bad12"); } static int get() { return x; } }
    static class Bad13 { static int x = 1; static { if (fail) throw new IllegalStateException("bad13"); } static int get() { return x; } }
    static class Bad14 { static int x = 1; static { if (fail) throw new IllegalStateException("bad14"); } static int get() { return x; } }
    static class Bad15 { static int x = 1; static { if (fail) throw new IllegalStateException("bad15"); } static int get() { return x; } }
    static class Bad16 { static int x = 1; static { if (fail) throw new IllegalStateException("bad16"); } static int get() { return x; } }
    static class Bad17 { static int x = 1; static { if (fail) throw new IllegalStateException("bad17"); } static int get() { return x; } }
    static class Bad18 { static int x = 1; static { if (fail) throw new IllegalStateException("bad18"); } static int get() { return x; } }
    static class Bad19 { static int x = 1; static { if (fail) throw new IllegalStateException("bad19"); } static int get() { return x; } }
    static class Bad20 { static int x = 1; static { if (fail) throw new IllegalStateException("bad20"); } static int get() { return x; } }
    static class Bad21 { static int x = 1; static { if (fail) throw new IllegalStateException("bad21"); } static int get() { return x; } }
    static class Bad22 { static int x = 1; static { if (fail) throw new IllegalStateException("bad22"); } static int get() { return x; } }
    static class Bad23 { static int x = 1; static { if (fail) throw new IllegalStateException("bad23"); } static int get() { return x; } }
    static class Bad24 { static int x = 1; static { if (fail) throw new IllegalStateException("bad24"); } static int get() { return x; } }
    static class Bad25 { static int x = 1; static { if (fail) throw new IllegalStateException("bad25"); } static int get() { return x; } }
    static class Bad26 { static int x = 1; static { if (fail) throw new IllegalStateException("bad26"); } static int get() { return x; } }
    static class Bad27 { static int x = 1; static { if (fail) throw new IllegalStateException("bad27"); } static int get() { return x; } }
    static class Bad28 { static int x = 1; static { if (fail) throw new IllegalStateException("bad28"); } static int get() { return x; } }
    static class Bad29 { static int x = 1; static { if (fail) throw new IllegalStateException("bad29"); } static int get() { return x; } }
    static class Bad30 { static int x = 1; static { if (fail) throw new IllegalStateException("bad30"); } static int get() { return x; } }
    static class Bad31 { static int x = 1; static { if (fail) throw new IllegalStateException("bad31"); } static int get() { return x; } }
    static class Bad32 { static int x = 1; static { if (fail) throw new IllegalStateException("bad32"); } static int get() { return x; } }
    static class Bad33 { static int x = 1; static { if (fail) throw new IllegalStateException("bad33"); } static int get() { return x; } }
    static class Bad34 { static int x = 1; static { if (fail) throw new IllegalStateException("bad34"); } static int get() { return x; } }
    static class Bad35 { static int x = 1; static { if (fail) throw new IllegalStateException("bad35"); } static int get() { return x; } }
    static class Bad36 { static int x = 1; static { if (fail) throw new IllegalStateException("bad36"); } static int get() { return x; } }
    static class Bad37 { static int x = 1; static { if (fail) throw new IllegalStateException("bad37"); } static int get() { return x; } }
    static class Bad38 { static int x = 1; static { if (fail) throw new IllegalStateException("bad38"); } static int get() { return x; } }
    static class Bad39 { static int x = 1; static { if (fail) throw new IllegalStateException("bad39"); } static int get() { return x; } }

    static int touch(int i) {
        int v = 0;
        switch (i) {
                case 0: v = Bad0.get(); break;
                case 1: v = Bad1.get(); break;
                case 2: v = Bad2.get(); break;
                case 3: v = Bad3.get(); break;
                case 4: v = Bad4.get(); break;
                case 5: v = Bad5.get(); break;
                case 6: v = Bad6.get(); break;
                case 7: v = Bad7.get(); break;
                case 8: v = Bad8.get(); break;
                case 9: v = Bad9.get(); break;
                case 10: v = Bad10.get(); break;
                case 11: v = Bad11.get(); break;
                case 12: v = Bad12.get(); break;
                case 13: v = Bad13.get(); break;
                case 14: v = Bad14.get(); break;
                case 15: v = Bad15.get(); break;
                case 16: v = Bad16.get(); break;
                case 17: v = Bad17.get(); break;
                case 18: v = Bad18.get(); break;
                case 19: v = Bad19.get(); break;
                case 20: v = Bad20.get(); break;
                case 21: v = Bad21.get(); break;
                case 22: v = Bad22.get(); break;
                case 23: v = Bad23.get(); break;
                case 24: v = Bad24.get(); break;
                case 25: v = Bad25.get(); break;
                case 26: v = Bad26.get(); break;
                case 27: v = Bad27.get(); break;
                case 28: v = Bad28.get(); break;
                case 29: v = Bad29.get(); break;
                case 30: v = Bad30.get(); break;
                case 31: v = Bad31.get(); break;
                case 32: v = Bad32.get(); break;
                case 33: v = Bad33.get(); break;
                case 34: v = Bad34.get(); break;
                case 35: v = Bad35.get(); break;
                case 36: v = Bad36.get(); break;
                case 37: v = Bad37.get(); break;
                case 38: v = Bad38.get(); break;
                case 39: v = Bad39.get(); break;
            default: v = -1;
        }
        return v;
    }

    public static void main(String[] args) {
        int eiie = 0, ncdfe = 0;
        StringBuilder causes = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            step(i);
            try { touch(i); }
            catch (ExceptionInInitializerError e) { eiie++; causes.append(e.getCause().getMessage()).append(' '); }
            try { touch(i); }
            catch (NoClassDefFoundError e) { ncdfe++; }
            if (i % 10 == 9) { System.out.println("at " + i + " eiie=" + eiie + " ncdfe=" + ncdfe); }
        }
        System.out.println(causes.toString().trim());
    }
}
