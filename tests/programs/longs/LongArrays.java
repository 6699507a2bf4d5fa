// long[] defaults, compound operators on a[i++], arraycopy, 2-D/ragged/3-D arrays, bounds, negative size and null messages.
public class LongArrays {
    static long[] field = new long[5];
    long[] inst = {1, -1, Long.MIN_VALUE};
    static long total(long[] a) { long s = 0; for (long v : a) s += v; return s; }
    public static void main(String[] args) {
        long[] a = new long[10];
        System.out.println(a[0] + " " + a[9] + " " + a.length + " " + total(a));
        for (int i = 0; i < a.length; i++) a[i] = (1L << (i * 7)) - i;
        int i = 0;
        a[i++] += 0xFFFF_FFFFL; a[i++] -= 0x1_0000_0000L; a[i++] *= -3; a[i++] /= 7; a[i++] %= 5;
        a[i++] <<= 33; a[i++] >>= 40; a[i++] >>>= 1; a[i++] |= Long.MIN_VALUE; a[i++] ^= -1;
        for (long v : a) System.out.print(v + " ");
        System.out.println(" i=" + i);
        long[] b = {Long.MAX_VALUE, Long.MIN_VALUE, 0, -1, 1, 0x8000_0000L};
        long[] c = new long[8];
        System.arraycopy(b, 1, c, 2, 5);
        for (long v : c) System.out.print(v + " ");
        System.out.println();
        System.arraycopy(c, 0, c, 1, 7);
        for (long v : c) System.out.print(v + " ");
        System.out.println();
        long[][] m = new long[3][4];
        for (int r = 0; r < 3; r++) for (int q = 0; q < 4; q++) m[r][q] = (long) r << 32 | q;
        m[1][2] += m[2][3];
        long[][] jag = {{1}, {2, 3}, {}, {Long.MIN_VALUE, Long.MAX_VALUE, -5}};
        for (long[] row : m) { for (long v : row) System.out.print(v + " "); System.out.println(); }
        for (long[] row : jag) { System.out.print(row.length + ":"); for (long v : row) System.out.print(v + " "); System.out.println(); }
        long[][][] cube = new long[2][3][2];
        cube[1][2][1] = -99;
        System.out.println(cube[1][2][1] + " " + cube[0][0][0] + " " + cube[1].length);
        field[2] = 7; field[4] = field[2]-- * 3;
        LongArrays o = new LongArrays();
        o.inst[1] <<= 63;
        System.out.println(total(field) + " " + field[2] + " " + o.inst[0] + " " + o.inst[1] + " " + o.inst[2]);
        try { System.out.println(a[10]); } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { a[-1] = 5; } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { long[] z = new long[-3]; System.out.println(z.length); } catch (NegativeArraySizeException e) { System.out.println("NASE " + e.getMessage()); }
        long[] nul = args.length > 100 ? a : null;
        try { System.out.println(nul[0]); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { nul[1] = 3; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { System.out.println(nul.length); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { System.arraycopy(a, 5, c, 5, 6); } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        int[] ints = new int[3];
        try { System.arraycopy(a, 0, ints, 0, 2); } catch (ArrayStoreException e) { System.out.println(e.getMessage()); }
        long[] cl = new long[a.length]; System.arraycopy(a, 0, cl, 0, a.length);
        cl[0] = 42;
        System.out.println(cl[0] + " " + a[0] + " " + cl.length);
        Object obj = a;
        System.out.println(obj instanceof long[]);
    }
}
