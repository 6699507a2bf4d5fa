// Fields and arrays through two references, loads changed by calls, carries into a field's high word, dup2/dup2_x1/dup2_x2.
public class AliasAndDup2 {
    long x; int i; long y;
    static long S;
    static void bump() { S += 0x1_0000_0001L; }
    static void bumpObj(AliasAndDup2 a) { a.x -= 0x1_0000_0000L; a.y++; }
    public static void main(String[] args) {
        AliasAndDup2 f = new AliasAndDup2(), g = f, h = new AliasAndDup2();
        f.x = 1; g.x = 0x2_0000_0002L; h.x = 3;
        System.out.println(f.x + " " + g.x + " " + h.x);
        long[] a = new long[4], b = a;
        int p = args.length, q = p;  // both 0 at runtime
        a[p] = 5; b[q] = -1L << 40; a[p + 1] = 7;
        System.out.println(a[p] + " " + a[q] + " " + b[0] + " " + a[1]);
        long before = a[p];
        b[q] += 1;
        long after = a[p];
        System.out.println(before + " " + after);
        // loop-invariant-looking loads modified by calls
        S = 0;
        long acc = 0;
        for (int k = 0; k < 5; k++) { acc += S; bump(); }
        System.out.println(acc + " " + S);
        acc = 0;
        for (int k = 0; k < 5; k++) { acc += f.x + f.y; bumpObj(g); }
        System.out.println(acc + " " + f.x + " " + f.y);
        // store one word pattern: only high or low changes
        f.x = 0xFFFF_FFFFL;
        long r1 = f.x;
        f.x += 1;             // carry to high word only
        long r2 = f.x;
        f.x -= 1;
        long r3 = f.x;
        System.out.println(r1 + " " + r2 + " " + r3);
        // the dup2_x1 / dup2_x2 / dup2 shuffles
        long v1 = f.x += 10;
        long v2 = a[q + 2] += 0x1_0000_0000L;
        long v3 = S += 3;
        long v4 = a[1] = b[2] = f.y = S = -7;
        long v5 = a[3]++ + ++a[3];
        long v6 = f.x-- - --f.y;
        System.out.println(v1 + " " + v2 + " " + v3 + " " + v4 + " " + v5 + " " + v6);
        System.out.println(a[0] + " " + a[1] + " " + a[2] + " " + a[3] + " " + f.x + " " + f.y + " " + S);
        // int field between two longs not clobbered
        f.i = 0x12345678; f.x = -1; f.y = -1;
        System.out.println(f.i + " " + f.x + " " + f.y);
        long[] arr = {1, 2, 3};
        int[] ints = {9, 9, 9};
        arr[1] = -1; ints[1] = 5;
        System.out.println(arr[0] + " " + arr[1] + " " + arr[2] + " " + ints[0] + ints[1] + ints[2]);
    }
}
