// Nested conditional expressions producing values that feed loop-carried phis, arithmetic and
// calls: ternaries of ternaries with constants on some arms (phis with constant inputs), a
// min/max/clamp written with ternaries at the int extremes, conditions on narrow types and chars,
// and a ternary choosing between two arrays whose element is then updated.
public class Stress2Ternary {
    static int clamp(int v, int lo, int hi) {
        return v < lo ? lo : v > hi ? hi : v;
    }

    static int sign3(int a, int b, int c) {
        return a > 0 ? (b > 0 ? (c > 0 ? 7 : 6) : (c > 0 ? 5 : 4)) : (b > 0 ? (c > 0 ? 3 : 2) : (c > 0 ? 1 : 0));
    }

    public static void main(String[] args) {
        int[] vs = {Integer.MIN_VALUE, -1000, -1, 0, 1, 99, 100, 101, Integer.MAX_VALUE};
        for (int v : vs) {
            System.out.print(clamp(v, -5, 100) + " " + clamp(v, Integer.MIN_VALUE, 0) + " " + sign3(v, -v, v - 1) + "; ");
        }
        System.out.println();
        int x = 1, y = 2, z = 3;
        for (int i = 0; i < 20; i++) {
            int nx = (i & 1) == 0 ? y : (i % 3 == 0 ? z : 1000);
            int ny = x > z ? x - z : (z > 50 ? -1 : z + x);
            int nz = i < 10 ? (x ^ y) : i > 15 ? -7 : nx;
            x = nx;
            y = ny;
            z = nz;
            System.out.print(x + "," + y + "," + z + " ");
        }
        System.out.println();
        byte b = -1;
        char c = 'q';
        short s = -300;
        int r = (b < 0 ? 1 : 2) + (c > 'p' ? 10 : 20) + (s < -299 ? 100 : 200) + (b == (byte) 255 ? 1000 : 2000)
                + (c == 113 ? 10000 : 20000);
        System.out.println("narrow " + r);
        int[] a1 = {1, 2, 3};
        int[] a2 = {10, 20, 30};
        for (int i = 0; i < 6; i++) {
            (i % 2 == 0 ? a1 : a2)[i % 3] += i * 100;
        }
        System.out.println(a1[0] + " " + a1[1] + " " + a1[2] + " " + a2[0] + " " + a2[1] + " " + a2[2]);
        boolean p = true;
        int acc = 0;
        for (int i = 0; i < 10; i++) {
            acc += p ? (acc > 100 ? -i : i * i) : (acc < 0 ? 50 : -3);
            p = acc % 2 == 0 ? !p : p;
        }
        System.out.println("acc " + acc + " " + p);
    }
}
