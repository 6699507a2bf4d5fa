// Mutual recursion between three methods with seven parameters (three on the stack) of mixed
// narrow types, each level converting and permuting them: byte and short values wrap, chars stay
// unsigned, and booleans flip. The recursion also reads a static of a nested class whose
// initialiser runs in the middle of the recursion.
public class Stress2MutualRec {
    static int visits;

    static class Table {
        static int[] weights = build();

        static int[] build() {
            System.out.println("Table init at visit " + visits);
            int[] w = new int[5];
            for (int i = 0; i < 5; i++) w[i] = i * i + 1;
            return w;
        }
    }

    static int a(int n, byte b, short s, char c, boolean z, int x, int y) {
        visits++;
        if (n <= 0) return b + s + c + (z ? 1 : 0) + x - y;
        return b(n - 1, (short) (s + b * 300), c, (byte) (b + 77), !z, y, x + 1) + 1;
    }

    static int b(int n, short s, char c, byte b, boolean z, int x, int y) {
        visits++;
        if (n == 3) x += Table.weights[n % 5];
        if (n <= 0) return s * 2 - c + b + (z ? 10 : 20) + x * y;
        return c(n - 1, (char) (c - 1000), z, b, s, x ^ y, y - n) - 2;
    }

    static int c(int n, char c, boolean z, byte b, short s, int x, int y) {
        visits++;
        if (n <= 0) return c - s + b * 3 + (z ? 100 : 200) + (x >> 2) + y;
        return a(n - 1, (byte) (c >> 3), (short) (s - 30000), (char) (c + 7000), z, x * 3, y) * 3 + a(n - 2, b, s,
                c, !z, y, x);
    }

    public static void main(String[] args) {
        for (int n = 0; n < 9; n++) {
            int r = a(n, (byte) -100, (short) 32000, (char) 65000, n % 2 == 0, n * 1000, -n);
            System.out.println("n " + n + " -> " + r + " visits " + visits);
        }
    }
}
