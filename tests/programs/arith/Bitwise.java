// iand, ior, ixor and ~ (javac writes it as ixor with -1) with small and large constants and with
// variables; the classic mask idioms (clear lowest set bit, isolate it, field extract and insert).
public class Bitwise {
    static int and(int a, int b) { return a & b; }
    static int or(int a, int b) { return a | b; }
    static int xor(int a, int b) { return a ^ b; }
    static int not(int a) { return ~a; }

    public static void main(String[] a) {
        int[] v = { 0, -1, 1, 0x55555555, 0xaaaaaaaa, 0x12345678, 0x80000001, 0x0000ffff, 0xffff0000 };
        int check = 0;
        for (int i = 0; i < v.length; i++) {
            System.out.println("~" + v[i] + " = " + not(v[i]));
            for (int j = i; j < v.length; j++) {
                int p = and(v[i], v[j]);
                int q = or(v[i], v[j]);
                int r = xor(v[i], v[j]);
                System.out.println(v[i] + " & " + v[j] + " = " + p + ", | = " + q + ", ^ = " + r);
                check = (check << 1 | check >>> 31) ^ p ^ q ^ r;
            }
        }
        System.out.println("check = " + check);

        int x = 0x2468ace0;
        System.out.println("x & 0xff = " + (x & 0xff));
        System.out.println("x & 0xff00 = " + (x & 0xff00));
        System.out.println("x & 0x7fffffff = " + (x & 0x7fffffff));
        System.out.println("x | 0x80000000 = " + (x | 0x80000000));
        System.out.println("x | 7 = " + (x | 7));
        System.out.println("x ^ -1 = " + (x ^ -1));
        System.out.println("x ^ 0x0f0f0f0f = " + (x ^ 0x0f0f0f0f));
        System.out.println("x & ~0xf0 = " + (x & ~0xf0));
        System.out.println("lowest set bit = " + (x & -x));
        System.out.println("clear lowest = " + (x & (x - 1)));
        System.out.println("bits 8..15 = " + ((x >>> 8) & 0xff));
        int inserted = (x & ~(0xff << 16)) | (0x5a << 16);
        System.out.println("insert 0x5a at 16 = " + inserted);

        // Compound forms and swapping by xor.
        int p = 12345, q = -6789;
        p ^= q;
        q ^= p;
        p ^= q;
        System.out.println("swapped: p=" + p + " q=" + q);
        int flags = 0;
        for (int i = 0; i < 32; i += 5) {
            flags |= 1 << i;
            System.out.println("flags |= bit " + i + " -> " + flags);
        }
        for (int i = 0; i < 32; i += 10) {
            flags &= ~(1 << i);
            System.out.println("flags &= ~bit " + i + " -> " + flags);
        }
        flags ^= 0xffffffff;
        System.out.println("flags ^= all -> " + flags);

        // Booleans as bits: & | ^ on boolean values are the same bytecodes.
        boolean t = true, f = false;
        System.out.println("t&f=" + (t & f) + " t|f=" + (t | f) + " t^t=" + (t ^ t) + " t^f=" + (t ^ f));

        // Parity of a word by folding.
        int w = 0x1234567;
        int par = w ^ (w >>> 16);
        par ^= par >>> 8;
        par ^= par >>> 4;
        par ^= par >>> 2;
        par ^= par >>> 1;
        System.out.println("parity of " + w + " = " + (par & 1));
    }
}
