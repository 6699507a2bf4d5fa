// System.arraycopy: every check in the JVM's order with HotSpot's messages, overlapping copies in
// both directions for every element size, covariant reference arrays and the element-by-element
// store check that copies the elements before a failing one.
public class ArrayCopy {
    static void t(String what, Object s, int sp, Object d, int dp, int n) {
        try {
            System.arraycopy(s, sp, d, dp, n);
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e);
        }
    }

    static String show(int[] a) {
        StringBuilder sb = new StringBuilder();
        for (int v : a) {
            sb.append(v).append(' ');
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        int[] a = new int[10];
        char[] c = new char[10];
        Object[] o = new Object[3];
        String[] s = new String[3];
        t("null src", null, 0, a, 0, 1);
        t("null dest", a, 0, null, 0, 1);
        t("src not array", "x", 0, a, 0, 1);
        t("dest not array", a, 0, "x", 0, 1);
        t("int into char", a, 0, c, 0, 1);
        t("neg src", a, -1, a, 0, 1);
        t("neg dest", a, 0, a, -1, 1);
        t("neg length", a, 0, a, 0, -1);
        t("past src", a, 5, a, 0, 6);
        t("past dest", a, 0, a, 5, 6);
        t("objects into int", o, 0, new int[3], 0, 1);
        t("int into objects", a, 0, o, 0, 1);
        t("zero length past end", a, 10, a, 10, 0);
        t("2d", new int[2][2], 0, new int[3][], 0, 2);
        o[0] = "s";
        o[1] = Integer.valueOf(3);
        t("mixed into String[]", o, 0, s, 0, 2);
        System.out.println("copied before failing: " + s[0] + " " + s[1]);
        t("String[] into Object[]", s, 0, o, 0, 3);
        for (int i = 0; i < a.length; i++) {
            a[i] = i;
        }
        System.arraycopy(a, 0, a, 3, 7);
        System.out.println("forward overlap " + show(a));
        for (int i = 0; i < a.length; i++) {
            a[i] = i;
        }
        System.arraycopy(a, 3, a, 0, 7);
        System.out.println("backward overlap " + show(a));
        byte[] b = {1, 2, 3, 4, 5, 6, 7};
        System.arraycopy(b, 0, b, 1, 6);
        short[] h = {10, 20, 30, 40, 50};
        System.arraycopy(h, 1, h, 0, 4);
        char[] w = "hello world".toCharArray();
        System.arraycopy(w, 6, c, 1, 5);
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(x).append(',');
        }
        for (short x : h) {
            sb.append(x).append(',');
        }
        System.out.println(sb + " " + new String(c, 1, 5));
        boolean[] z = {true, false, true};
        boolean[] z2 = new boolean[4];
        System.arraycopy(z, 0, z2, 1, 3);
        System.out.println(z2[0] + " " + z2[1] + " " + z2[2] + " " + z2[3]);
    }
}
