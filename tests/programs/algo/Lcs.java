// Longest common subsequence by dynamic programming over char arrays (a 2-D int table), with the
// subsequence reconstructed by walking the table back; also edit distance (Levenshtein) with a
// two-row table, and the longest increasing subsequence by patience sorting with binary search.
public class Lcs {
    static char[] lcs(char[] x, char[] y) {
        int[][] t = new int[x.length + 1][y.length + 1];
        for (int i = x.length - 1; i >= 0; i--)
            for (int j = y.length - 1; j >= 0; j--)
                t[i][j] = x[i] == y[j] ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
        char[] out = new char[t[0][0]];
        int i = 0, j = 0, k = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                out[k++] = x[i];
                i++;
                j++;
            } else if (t[i + 1][j] >= t[i][j + 1]) i++;
            else j++;
        }
        return out;
    }

    static int editDistance(char[] x, char[] y) {
        int[] prev = new int[y.length + 1];
        int[] cur = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) prev[j] = j;
        for (int i = 1; i <= x.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length];
    }

    static int lis(int[] xs) {
        int[] tails = new int[xs.length];
        int len = 0;
        for (int x : xs) {
            int lo = 0, hi = len;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tails[mid] < x) lo = mid + 1;
                else hi = mid;
            }
            tails[lo] = x;
            if (lo == len) len++;
        }
        return len;
    }

    static void show(char[] cs) {
        System.out.print('"');
        for (char c : cs) System.out.print(c);
        System.out.print('"');
    }

    public static void main(String[] a) {
        char[][] words = { { 'A', 'G', 'G', 'T', 'A', 'B' }, { 'G', 'X', 'T', 'X', 'A', 'Y', 'B' },
                { 'k', 'i', 't', 't', 'e', 'n' }, { 's', 'i', 't', 't', 'i', 'n', 'g' },
                { 's', 'u', 'n', 'd', 'a', 'y' }, { 's', 'a', 't', 'u', 'r', 'd', 'a', 'y' }, {} };
        for (int p = 0; p < words.length; p++) {
            for (int q = p + 1; q < words.length; q += 2) {
                show(words[p]);
                System.out.print(" vs ");
                show(words[q]);
                char[] c = lcs(words[p], words[q]);
                System.out.print(": lcs ");
                show(c);
                System.out.println(" (" + c.length + "), edit distance " + editDistance(words[p], words[q]));
            }
        }
        char[] dnaA = new char[120], dnaB = new char[100];
        char[] bases = { 'A', 'C', 'G', 'T' };
        int s = 7;
        for (int i = 0; i < dnaA.length; i++) {
            s = s * 1103515245 + 12345;
            dnaA[i] = bases[(s >>> 16) & 3];
        }
        for (int i = 0; i < dnaB.length; i++) {
            s = s * 1103515245 + 12345;
            dnaB[i] = bases[(s >>> 16) & 3];
        }
        System.out.println("dna lcs length " + lcs(dnaA, dnaB).length + ", edit distance " + editDistance(dnaA, dnaB));
        int[] seq = { 10, 9, 2, 5, 3, 7, 101, 18, 4, 8, 6, 12, 11, 15, 1 };
        System.out.println("lis " + lis(seq));
    }
}
