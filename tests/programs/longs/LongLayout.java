// Object layout with longs through a class hierarchy, 40 objects checked, static long/int/boolean neighbours.
public class LongLayout {
    static class A { int a = 0x11111111; long la = -1; String name() { return "A"; } }
    static class B extends A { byte b = 7; long lb = 0x2222_2222_3333_3333L; short s = -2; String name() { return "B"; } }
    static class C extends B { long lc1, lc2, lc3, lc4; int c = 5; char ch = 'x'; String name() { return "C" + c; } }
    static long SA, SB = -1, SC; static int SI = 42; static long SD = Long.MIN_VALUE; static boolean SZ = true; static long SE;
    static class Other { static int OI = 7; static long OL = 0x55; static byte OB = -1; }
    public static void main(String[] args) {
        C[] cs = new C[40];
        for (int i = 0; i < cs.length; i++) {
            C c = new C();
            c.lc1 = c.lc2 = c.lc3 = c.lc4 = -1L; c.la = -1; c.lb = -1; c.c = i;
            cs[i] = c;
            Object junk = new long[i % 3];   // interleave arrays
        }
        long s = 0; int t = 0;
        for (C c : cs) {
            s += c.lc1 + c.lc2 + c.lc3 + c.lc4 + c.la + c.lb;
            t += c.a + c.b + c.s + c.c + c.ch;
            if (c.a != 0x11111111 || c.b != 7 || c.s != -2 || c.ch != 'x') System.out.println("corrupt " + c.c);
        }
        System.out.println(s + " " + t + " " + cs[39].name() + " " + ((A) cs[3]).name());
        B b = new B(); b.la = 0x7FFF_FFFF_0000_0000L; b.lb += 1;
        System.out.println(b.a + " " + b.la + " " + b.b + " " + b.lb + " " + b.s + " " + b.name());
        SA = -1; SC = -1; SE = -1; SB = 0;
        System.out.println(SA + " " + SB + " " + SC + " " + SI + " " + SD + " " + SZ + " " + SE);
        Other.OL = -1; Other.OL--;
        System.out.println(Other.OI + " " + Other.OL + " " + Other.OB);
        long[] big = new long[1000];
        for (int i = 0; i < big.length; i++) big[i] = ~(long) i;
        long[] after = new long[3];
        after[0] = 9;
        long chk = 0; for (long v : big) chk += v;
        System.out.println(chk + " " + big[999] + " " + after[0] + after[1] + after[2]);
    }
}
