// Short-circuit && and || and ternaries whose results feed phis: conditions that test the same
// value repeatedly (so value numbering and branch folding may merge them), nested ternaries in
// loop-carried values, conditions with side effects that must run exactly as often as in Java, and
// booleans stored, negated and compared as values.
public class StressLogic {
    static int effects;

    static boolean t(int k) {
        effects = effects * 3 + k;
        return (k & 1) == 1;
    }

    static int classify(int x) {
        return x < 0 ? (x < -100 ? -2 : -1) : x == 0 ? 0 : x > 100 ? (x > 1000 ? 3 : 2) : 1;
    }

    static int repeated(int x) {
        int r = 0;
        if (x > 5) r += 1;
        if (x > 5 && x > 3) r += 2;
        if (x > 5 || x < -5) r += 4;
        if (!(x <= 5)) r += 8;
        if (x > 5 == x >= 6) r += 16;
        if ((x > 5) != (x > 10)) r += 32;
        return r;
    }

    static int minmax3(int a, int b, int c) {
        int mx = a > b ? (a > c ? a : c) : (b > c ? b : c);
        int mn = a < b ? (a < c ? a : c) : (b < c ? b : c);
        return mx * 1000 + mn;
    }

    public static void main(String[] args) {
        for (int x = -1500; x <= 1500; x += 250) System.out.print(classify(x) + " ");
        System.out.println();
        for (int x = -7; x <= 12; x++) System.out.print(repeated(x) + " ");
        System.out.println();
        // Side effects in short-circuit positions, counted exactly.
        int hits = 0;
        for (int i = 0; i < 8; i++) {
            if (t(i) && t(i + 1) || t(i + 2)) hits++;
            if (t(i * 2) || t(i * 2 + 1) && t(3)) hits += 10;
        }
        System.out.println("hits " + hits + " effects " + effects);
        // Loop-carried values selected by ternaries (phis of phis).
        int a = 1, b = 2, c = 3;
        for (int i = 0; i < 20; i++) {
            int na = (i & 1) == 0 ? b + c : a - c;
            int nb = a > b ? a : (c > 10 ? c - 10 : b + 1);
            int nc = (a ^ b) < 0 || c > 1000 ? c / 3 : c + a;
            a = na; b = nb; c = nc;
        }
        System.out.println("abc " + a + " " + b + " " + c + " " + minmax3(a, b, c) + " " + minmax3(3, 3, 3)
                + " " + minmax3(-1, 5, 2));
        boolean p = false, q = true;
        int flips = 0;
        for (int i = 0; i < 10; i++) {
            boolean r = p ^ q;
            p = q & !p;
            q = r | (i % 3 == 0);
            if (p == q) flips++;
            System.out.print((p ? "P" : "p") + (q ? "Q" : "q") + " ");
        }
        System.out.println(flips);
        boolean[] bits = new boolean[16];
        for (int i = 0; i < 16; i++) bits[i] = (i % 3 == 0) != (i % 5 == 0);
        int mask = 0;
        for (int i = 15; i >= 0; i--) mask = mask << 1 | (bits[i] ? 1 : 0);
        System.out.println("mask " + mask);
    }
}
