// while, do-while and for loops: zero-trip, one-trip, counting up and down, loops whose condition
// calls methods, nested loops, infinite loops left by break/return, continue, and enhanced for
// over primitive arrays.
public class Loops {
    static int calls;

    static boolean below(int i, int n) {
        calls++;
        return i < n;
    }

    static int firstSquareAbove(int limit) {
        for (int i = 0; ; i++) {
            if (i * i > limit) return i;
        }
    }

    public static void main(String[] a) {
        int n = 0;
        while (n > 0) n--;
        System.out.println("zero-trip while: " + n);
        do n++; while (n < 0);
        System.out.println("one-trip do: " + n);
        for (int i = 0; i < 0; i++) System.out.println("never");

        int sum = 0;
        for (int i = 1; i <= 100; i++) sum += i;
        System.out.println("sum 1..100 = " + sum);
        sum = 0;
        for (int i = 100; i > 0; i -= 7) sum += i;
        System.out.println("sum 100 down by 7 = " + sum);

        int i = 0;
        while (below(i, 5)) i++;
        System.out.println("while with call: i=" + i + " calls=" + calls);
        i = 10;
        do {
            i -= 3;
            System.out.print(i + " ");
        } while (i > 0);
        System.out.println();

        // Nested loops: multiplication table (small).
        for (int r = 1; r <= 5; r++) {
            for (int c = 1; c <= 5; c++) {
                int p = r * c;
                if (p < 10) System.out.print(' ');
                System.out.print(p);
                System.out.print(' ');
            }
            System.out.println();
        }

        // break and continue.
        int odd = 0;
        for (int k = 0; k < 20; k++) {
            if ((k & 1) == 0) continue;
            if (k > 15) break;
            odd += k;
        }
        System.out.println("odd sum below 16: " + odd);
        int k = 0;
        while (true) {
            k += 3;
            if (k % 7 == 0) break;
        }
        System.out.println("first multiple of 3 and 7: " + k);
        System.out.println("first square above 1000: " + firstSquareAbove(1000));

        // Two loop variables, comma-separated updates.
        for (int lo = 0, hi = 10; lo < hi; lo++, hi--) System.out.print(lo + ":" + hi + " ");
        System.out.println();

        // Enhanced for.
        int[] data = { 5, -3, 8, 0, 12, -7 };
        int total = 0, max = Integer.MIN_VALUE;
        for (int v : data) {
            total += v;
            if (v > max) max = v;
        }
        System.out.println("total " + total + " max " + max);
        char[] letters = { 'l', 'o', 'o', 'p' };
        for (char c : letters) System.out.print(c);
        System.out.println();
        boolean[] bits = { true, false, true, true };
        int mask = 0;
        for (boolean b : bits) mask = mask << 1 | (b ? 1 : 0);
        System.out.println("mask " + mask);

        // A loop with many live values.
        int a1 = 1, a2 = 1, a3 = 0, a4 = 0, a5 = 0, a6 = 0;
        for (int j = 0; j < 25; j++) {
            int t = a1 + a2;
            a1 = a2;
            a2 = t;
            a3 += t & 7;
            a4 ^= t;
            a5 = a5 * 3 + j;
            a6 += a3 > a4 ? 1 : -1;
        }
        System.out.println(a1 + " " + a2 + " " + a3 + " " + a4 + " " + a5 + " " + a6);

        // Countdown do-while with a post-decrement in the condition.
        int c = 5;
        do System.out.print(c + " "); while (c-- > 1);
        System.out.println("c=" + c);
    }
}
