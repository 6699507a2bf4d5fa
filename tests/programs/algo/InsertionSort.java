// Insertion sort on int, char and short arrays of pseudo-random data, with a position-weighted
// checksum before and after and a sortedness check; also the best case (sorted) and worst case
// (reversed), counting the element moves of each.
public class InsertionSort {
    static int moves;

    static void sort(int[] xs) {
        for (int i = 1; i < xs.length; i++) {
            int v = xs[i];
            int j = i - 1;
            while (j >= 0 && xs[j] > v) {
                xs[j + 1] = xs[j];
                j--;
                moves++;
            }
            xs[j + 1] = v;
        }
    }

    static void sortChars(char[] cs) {
        for (int i = 1; i < cs.length; i++) {
            char v = cs[i];
            int j = i;
            for (; j > 0 && cs[j - 1] > v; j--) cs[j] = cs[j - 1];
            cs[j] = v;
        }
    }

    static void sortShorts(short[] ss) {
        for (int i = 1; i < ss.length; i++) {
            short v = ss[i];
            int j = i;
            while (j > 0 && ss[j - 1] > v) ss[j] = ss[--j];
            ss[j] = v;
        }
    }

    static int checksum(int[] xs) {
        int c = 0;
        for (int i = 0; i < xs.length; i++) c = c * 31 + xs[i] * (i + 1);
        return c;
    }

    static boolean sorted(int[] xs) {
        for (int i = 1; i < xs.length; i++) if (xs[i - 1] > xs[i]) return false;
        return true;
    }

    public static void main(String[] a) {
        int[] xs = new int[200];
        int seed = 2463534;
        for (int i = 0; i < xs.length; i++) {
            seed ^= seed << 13;
            seed ^= seed >>> 17;
            seed ^= seed << 5;
            xs[i] = seed % 1000;
        }
        System.out.println("before: checksum " + checksum(xs) + " sorted " + sorted(xs));
        sort(xs);
        System.out.println("after: checksum " + checksum(xs) + " sorted " + sorted(xs) + " moves " + moves);
        System.out.println("min " + xs[0] + " median " + xs[100] + " max " + xs[199]);
        for (int i = 0; i < 200; i += 20) System.out.print(xs[i] + " ");
        System.out.println();

        moves = 0;
        sort(xs);
        System.out.println("sorted input: moves " + moves);
        int[] rev = new int[50];
        for (int i = 0; i < rev.length; i++) rev[i] = 50 - i;
        moves = 0;
        sort(rev);
        System.out.println("reversed input: moves " + moves + " first " + rev[0] + " last " + rev[49]);

        char[] cs = { 'i', 'n', 's', 'e', 'r', 't', 'i', 'o', 'n', ' ', 's', 'o', 'r', 't', 'É', 'A' };
        sortChars(cs);
        for (char c : cs) System.out.print(c);
        System.out.println("|");
        short[] ss = { 300, -300, 32767, -32768, 0, 1, -1, 12345, -12345 };
        sortShorts(ss);
        for (short s : ss) System.out.print(s + " ");
        System.out.println();
        int[] extremes = { Integer.MAX_VALUE, 0, Integer.MIN_VALUE, -1, 1, Integer.MIN_VALUE, Integer.MAX_VALUE };
        sort(extremes);
        for (int x : extremes) System.out.print(x + " ");
        System.out.println();
    }
}
