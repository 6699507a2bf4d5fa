// newarray of every primitive element type: zeroed elements, arraylength, stores and loads at the
// first and last index, element-width truncation on store, zero-length arrays, and array
// initialisers of every type.
public class ArrayDefaults {
    public static void main(String[] a) {
        boolean[] z = new boolean[3];
        byte[] b = new byte[5];
        short[] s = new short[7];
        char[] c = new char[9];
        int[] i = new int[11];
        System.out.println("lengths " + z.length + " " + b.length + " " + s.length + " " + c.length + " " + i.length);
        System.out.println("defaults " + z[0] + " " + z[2] + " " + b[0] + " " + b[4] + " " + s[0] + " " + s[6]
                + " " + (int) c[0] + " " + (int) c[8] + " " + i[0] + " " + i[10]);

        z[2] = true;
        b[4] = (byte) 0xff;
        s[6] = (short) 0x8001;
        c[8] = '\u20ac';
        i[10] = -559038737;
        System.out.println("stored " + z[2] + " " + b[4] + " " + s[6] + " " + (int) c[8] + " " + c[8] + " " + i[10]);
        // Neighbours untouched (stores of narrow elements must not spill into the next one).
        System.out.println("neighbours " + z[1] + " " + b[3] + " " + s[5] + " " + (int) c[7] + " " + i[9]);

        int[] empty = new int[0];
        char[] emptyC = {};
        System.out.println("empty lengths " + empty.length + " " + emptyC.length);
        int n = 0;
        for (int x : empty) n++;
        System.out.println("iterations over empty " + n);

        boolean[] zs = { true, false, true };
        byte[] bs = { -128, -1, 0, 1, 127 };
        short[] ss = { -32768, -1, 0, 1, 32767 };
        char[] cs = { 'a', 'é', '€', '\n', '\u0000', '\uffff' };
        int[] is = { Integer.MIN_VALUE, -1, 0, 1, Integer.MAX_VALUE };
        for (boolean v : zs) System.out.print(v + " ");
        System.out.println();
        for (byte v : bs) System.out.print(v + " ");
        System.out.println();
        for (short v : ss) System.out.print(v + " ");
        System.out.println();
        for (char v : cs) System.out.print((int) v + " ");
        System.out.println();
        for (int v : is) System.out.print(v + " ");
        System.out.println();

        // Fill every element and check the sum (catches off-by-one element widths).
        for (int k = 0; k < b.length; k++) b[k] = (byte) (k * 60);
        for (int k = 0; k < s.length; k++) s[k] = (short) (k * 10000);
        for (int k = 0; k < c.length; k++) c[k] = (char) (k * 9000);
        for (int k = 0; k < i.length; k++) i[k] = k * 300000000;
        int sb = 0, sss = 0, sc = 0, si = 0;
        for (int k = 0; k < b.length; k++) sb += b[k];
        for (int k = 0; k < s.length; k++) sss += s[k];
        for (int k = 0; k < c.length; k++) sc += c[k];
        for (int k = 0; k < i.length; k++) si += i[k];
        System.out.println("sums " + sb + " " + sss + " " + sc + " " + si);
        for (int k = 0; k < b.length; k++) System.out.print(b[k] + " ");
        System.out.println();
        for (int k = 0; k < s.length; k++) System.out.print(s[k] + " ");
        System.out.println();

        // Arrays allocated with a computed length, several in a row.
        for (int len = 1; len <= 40; len += 13) {
            int[] t = new int[len];
            byte[] u = new byte[len * 3];
            t[len - 1] = len;
            u[len * 3 - 1] = (byte) len;
            System.out.println("len " + len + ": " + t.length + " " + u.length + " " + t[len - 1] + " " + u[u.length - 1] + " " + t[0] + " " + u[0]);
        }
        // Array references compared and reassigned.
        int[] p = is;
        p[2] = 42;
        System.out.println("alias " + is[2] + " " + (p == is));
    }
}
