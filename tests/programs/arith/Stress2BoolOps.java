// Booleans as values: boolean arrays and statics combined with the non-short-circuit operators
// (&, |, ^) whose right operands have side effects that must always run, negation chains, booleans
// compared with ==/!=, passed through method parameters and returned, counted in loops, and a
// boolean sieve whose result is printed as a bit pattern.
public class Stress2BoolOps {
    static boolean flag;
    static int effects;

    static boolean eff(boolean v) {
        effects++;
        return v;
    }

    static boolean xor3(boolean a, boolean b, boolean c) {
        return a ^ b ^ c;
    }

    public static void main(String[] args) {
        boolean[] bs = new boolean[40];
        for (int i = 2; i < 40; i++) bs[i] = true;
        for (int i = 2; i * i < 40; i++) {
            if (!bs[i]) continue;
            for (int j = i * i; j < 40; j += i) bs[j] = false;
        }
        String primes = "";
        for (int i = 0; i < 40; i++) primes += bs[i] ? "1" : "0";
        System.out.println(primes);
        int n = 0;
        for (int i = 0; i < 8; i++) {
            boolean a = (i & 1) != 0, b = (i & 2) != 0, c = (i & 4) != 0;
            boolean and = a & eff(b);
            boolean or = a | eff(c);
            boolean x = a ^ eff(b) ^ c;
            boolean sc = a && eff(b) || eff(c);
            boolean eq = (a == b) != c;
            flag ^= x;
            bs[i] = !!!eq;
            n = n * 2 + (and ? 1 : 0);
            n = n * 2 + (or ? 1 : 0);
            n = n * 2 + (xor3(a, b, c) == x ? 1 : 0);
            n = n * 2 + (sc ? 1 : 0);
            System.out.println(i + ": " + and + " " + or + " " + x + " " + sc + " " + eq + " " + flag + " " + bs[i]);
        }
        System.out.println("n " + n + " effects " + effects);
        boolean t = true;
        int flips = 0;
        for (int i = 0; i < 11; i++) {
            t = !t;
            if (t) flips++;
            t &= i < 9;
            t |= i == 10;
        }
        System.out.println("t " + t + " flips " + flips);
        boolean[][] grid = new boolean[3][4];
        grid[1][2] = true;
        grid[2] = new boolean[] {true, false, true};
        int cnt = 0;
        for (boolean[] row : grid) for (boolean v : row) cnt = cnt * 2 + (v ? 1 : 0);
        System.out.println("grid " + cnt + " " + grid[2].length);
    }
}
