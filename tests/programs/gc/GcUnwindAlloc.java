// A static initialiser throws when the heap's free space is nearly used up by garbage. Wrapping
// the exception in ExceptionInInitializerError allocates while the stack is unwound; the heap
// is almost all garbage, so the error must still come out as on the JVM.
//
// To hit that moment, the program reads where its objects are from their identity hash codes
// (on the device, Object.hashCode is a function of the address; it is inverted here). On
// HotSpot the numbers are meaningless, the fill loop simply stops at its cap, and nothing
// derived from them is printed.
public class GcUnwindAlloc {
    static boolean fail = true;
    static int addr(Object o) {
        int h = o.hashCode();
        for (int top = 0; top < 2; top++) {
            int y = h | (top << 31);
            int x = y ^ (y >>> 15) ^ (y >>> 30);
            int a = (x * 244002641) << 3;           // 244002641 = 0x9E3779B1^-1 mod 2^32
            if (a - 0x20000000 >= 0 && a - 0x20042000 < 0) return a;
        }
        return 0;
    }
    static final int HEAP_END = 0x20040000;         // below the default 8 KiB stack
    static class Bad0 { static int x = 1; static { if (fail) throw new IllegalStateException("bad0"); } }
    static class Bad1 { static int x = 1; static { if (fail) throw new IllegalStateException("bad1"); } }
    static class Bad2 { static int x = 1; static { if (fail) throw new IllegalStateException("bad2"); } }
    static class Bad3 { static int x = 1; static { if (fail) throw new IllegalStateException("bad3"); } }
    static int touch(int k) { switch (k) { case 0: return Bad0.x; case 1: return Bad1.x; case 2: return Bad2.x; default: return Bad3.x; } }

    public static void main(String[] args) {
        // what one failed initialisation allocates, from a fresh heap (no collection yet)
        int m0 = addr(new int[2]);
        String first = "none";
        try { touch(0); } catch (ExceptionInInitializerError e) { first = e.getCause().getMessage(); }
        int m1 = addr(new int[2]);
        int cost = m1 - m0 - 16;
        System.out.println("caught " + first);
        // fill with garbage until slightly less than that is left before the heap's end, then fail again
        for (int k = 1; k <= 3; k++) {
            for (int i = 0; i < 20000; i++) { int a = addr(new int[2]); if (HEAP_END - (a + 16) <= cost - 8 * k && HEAP_END - (a + 16) >= 0) break; }
            try { touch(k); } catch (ExceptionInInitializerError e) { System.out.println("caught " + e.getCause().getMessage()); }
            try { touch(k); } catch (NoClassDefFoundError e) { System.out.println("then " + e.getClass().getName()); }
        }
        System.out.println("done");
    }
}
