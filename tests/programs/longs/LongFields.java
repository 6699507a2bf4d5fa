// Long statics and instance fields with ++, -- and every compound operator; widening of negative byte/short/char/int.
public class LongFields {
    static long S = 0xFFFF_FFFFL;
    static long T;
    static final long K = computeK();
    static long computeK() { return -1L >>> 1; }
    long x = -1, y;
    int pad;
    long z = Long.MIN_VALUE;
    byte bb = -3; short ss = -300; char cc = 65535; int ii = Integer.MIN_VALUE;
    static LongFields make() { LongFields f = new LongFields(); f.pad = 7; return f; }
    public static void main(String[] args) {
        LongFields f = make();
        System.out.println(S + " " + T + " " + K + " " + f.x + " " + f.y + " " + f.z + " " + f.pad);
        S++; S += 1; T--; T -= 0xFFFF_FFFFL;
        f.x++; f.y--; f.z--; ++f.x; --f.z;
        System.out.println(S + " " + T + " " + f.x + " " + f.y + " " + f.z);
        long old = f.z++;
        long pre = ++S;
        long post = T--;
        System.out.println(old + " " + pre + " " + post + " " + f.z + " " + S + " " + T);
        int k = 5;
        f.x <<= k; f.y >>>= k + 27; f.z >>= 63; S *= S; T /= -7; f.x %= 1000000007;
        System.out.println(S + " " + T + " " + f.x + " " + f.y + " " + f.z);
        f.x = f.y = T = S = 0x0102_0304_0506_0708L;
        System.out.println(f.x + " " + f.y + " " + T + " " + S);
        // widening of negative ints/bytes/shorts/chars
        long lb = f.bb, ls = f.ss, lc = f.cc, li = f.ii;
        System.out.println(lb + " " + ls + " " + lc + " " + li + " " + (lb + ls + lc + li));
        long mix = f.ii + 1L; long mix2 = f.ii - 1L; long mix3 = f.ii * 2L; long mix4 = f.ii * 2; long mix5 = (long) f.ii * f.ii;
        System.out.println(mix + " " + mix2 + " " + mix3 + " " + mix4 + " " + mix5);
        int back = (int) (S + f.ii); short sb = (short) S; byte by = (byte) (S >>> 8); char ch = (char) (S >> 16);
        System.out.println(back + " " + sb + " " + by + " " + (int) ch);
        long c1 = 'A' + 1L; long c2 = f.cc + f.cc + 0L; long c3 = f.cc * (long) f.cc;
        System.out.println(c1 + " " + c2 + " " + c3);
        // compound with int rhs on long lhs, and long rhs on int lhs (narrowing)
        int ni = 10; ni += 0x1_0000_0005L; ni *= 3L; ni -= Long.MIN_VALUE;
        short ns = 1; ns += 0x12345L;
        char nc = 'a'; nc += 0x1_0000_0001L;
        byte nb = 100; nb += 200L;
        System.out.println(ni + " " + ns + " " + (int) nc + " " + nb);
        long sum = 0; for (int q = -3; q <= 3; q++) sum += q * 1_000_000_000; // int overflow then widen
        long sum2 = 0; for (int q = -3; q <= 3; q++) sum2 += q * 1_000_000_000L;
        System.out.println(sum + " " + sum2);
        // string concat mixes
        boolean bo = S > T; char cz = 'z';
        String str = "L" + S + cz + bo + f.ii + (char) 66 + -1L + null + f.z + "" + 'q' + 1 + 2L + (1 + 2L);
        System.out.println(str);
        System.out.println(1L + 2 + "x" + 1L + 2);
        String nn = null;
        System.out.println(nn + 5L);
        System.out.print(-5L); System.out.print(' '); System.out.print(Long.MIN_VALUE); System.out.println();
        System.out.println((Object) ("" + K));
    }
}
