// Mixed: sudoku solver with bitmask candidates (int bit tricks), recursive backtracking choosing the most constrained cell, counting guesses, grid printing
import java.util.*;
public class M10Sudoku {
    static int[] g = new int[81];
    static int[] rows = new int[9], cols = new int[9], boxes = new int[9];
    static long guesses = 0;
    static int box(int i) { return (i / 27) * 3 + (i % 9) / 3; }
    static void place(int i, int v) { g[i] = v; int b = 1 << v; rows[i / 9] |= b; cols[i % 9] |= b; boxes[box(i)] |= b; }
    static void unplace(int i) { int b = 1 << g[i]; rows[i / 9] &= ~b; cols[i % 9] &= ~b; boxes[box(i)] &= ~b; g[i] = 0; }
    static boolean solve() {
        int best = -1, bestMask = 0, bestCount = 10;
        for (int i = 0; i < 81; i++) {
            if (g[i] != 0) continue;
            int mask = ~(rows[i / 9] | cols[i % 9] | boxes[box(i)]) & 0x3FE;
            int c = Integer.bitCount(mask);
            if (c < bestCount) { best = i; bestMask = mask; bestCount = c; if (c <= 1) break; }
        }
        if (best < 0) return true;
        if (bestCount == 0) return false;
        for (int m = bestMask; m != 0; m &= m - 1) {
            int v = Integer.numberOfTrailingZeros(m);
            guesses++;
            place(best, v);
            if (solve()) return true;
            unplace(best);
        }
        return false;
    }
    static boolean load(String s) {
        Arrays.fill(rows, 0); Arrays.fill(cols, 0); Arrays.fill(boxes, 0); Arrays.fill(g, 0); guesses = 0;
        for (int i = 0; i < 81; i++) {
            char c = s.charAt(i);
            if (c >= '1' && c <= '9') {
                int v = c - '0', b = 1 << v;
                if ((rows[i / 9] & b) != 0 || (cols[i % 9] & b) != 0 || (boxes[box(i)] & b) != 0) return false;
                place(i, v);
            }
        }
        return true;
    }
    static String show() {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < 9; r++) {
            if (r % 3 == 0 && r > 0) sb.append("------+-------+------\n");
            for (int c = 0; c < 9; c++) { if (c % 3 == 0 && c > 0) sb.append("| "); sb.append(g[r * 9 + c] == 0 ? "." : String.valueOf(g[r * 9 + c])).append(' '); }
            sb.setLength(sb.length() - 1); sb.append('\n');
        }
        return sb.toString();
    }
    public static void main(String[] args) {
        String[] puzzles = {
            "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
            "..9748...7.........2.1.9.....7...24..64.1.59..98...3.....8.3.2.........6...2759..",
            "11.......................................................................................",
            "123456789........................................................................",
        };
        for (String p : puzzles) {
            if (!load(p.substring(0, 81))) { System.out.println("invalid puzzle"); continue; }
            boolean ok = solve();
            System.out.println("solved=" + ok + " guesses=" + guesses);
            if (ok) System.out.print(show());
            long h = 0; for (int v : g) h = h * 10 + v; System.out.println("hash " + h + " " + Long.toHexString(h));
        }
    }
}
