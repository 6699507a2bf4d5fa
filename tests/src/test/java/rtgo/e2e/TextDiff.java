package rtgo.e2e;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff in the unified style, for failure messages: hunks with three lines of context,
 * each line prefixed by its line numbers in the expected and the actual text, so "line 17 differs"
 * can be read off directly. Control characters are shown as escapes (a stray \r or \0 is
 * otherwise invisible), and a missing newline at the end is marked as diff does.
 *
 * <p>The outputs compared here are a few hundred lines at most, so the plain O(n*m) longest common
 * subsequence table is fast enough and keeps the code obvious.
 */
final class TextDiff {
    private TextDiff() {}

    private static final int CONTEXT = 3;
    private static final int MAX_LINES = 200;

    /** The diff of {@code expected} against {@code actual}, or "" when they are equal. */
    static String unified(String expected, String actual, String expectedLabel, String actualLabel) {
        if (expected.equals(actual)) {
            return "";
        }
        List<String> a = lines(expected);
        List<String> b = lines(actual);
        List<int[]> edits = script(a, b); // {kind, indexA, indexB}: 0 same, -1 only in a, +1 only in b
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(expectedLabel).append('\n');
        out.append("+++ ").append(actualLabel).append('\n');
        int shown = 0;
        int i = 0;
        while (i < edits.size()) {
            if (edits.get(i)[0] == 0) {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // Extend the hunk while changes are separated by at most 2 * CONTEXT equal lines.
            while (end < edits.size()) {
                if (edits.get(end)[0] != 0) {
                    end++;
                    continue;
                }
                int run = end;
                while (run < edits.size() && edits.get(run)[0] == 0) run++;
                if (run == edits.size() || run - end > 2 * CONTEXT) {
                    end = Math.min(run, end + CONTEXT);
                    break;
                }
                end = run;
            }
            out.append(header(edits, start, end));
            for (int k = start; k < end; k++) {
                if (shown++ == MAX_LINES) {
                    out.append("... (diff truncated)\n");
                    return out.toString();
                }
                int[] e = edits.get(k);
                String text = e[0] > 0 ? b.get(e[2]) : a.get(e[1]);
                char mark = e[0] == 0 ? ' ' : e[0] < 0 ? '-' : '+';
                out.append(mark).append(num(e[0] <= 0 ? e[1] + 1 : 0)).append(num(e[0] >= 0 ? e[2] + 1 : 0))
                        .append("| ").append(visible(text)).append('\n');
            }
            i = end;
        }
        if (expected.endsWith("\n") != actual.endsWith("\n")) {
            out.append("\\ No newline at end of ").append(expected.endsWith("\n") ? actualLabel : expectedLabel).append('\n');
        }
        return out.toString();
    }

    private static String header(List<int[]> edits, int start, int end) {
        int aStart = -1, aCount = 0, bStart = -1, bCount = 0;
        for (int k = start; k < end; k++) {
            int[] e = edits.get(k);
            if (e[0] <= 0) {
                if (aStart < 0) aStart = e[1];
                aCount++;
            }
            if (e[0] >= 0) {
                if (bStart < 0) bStart = e[2];
                bCount++;
            }
        }
        return "@@ -" + (aStart + 1) + "," + aCount + " +" + (bStart + 1) + "," + bCount + " @@\n";
    }

    private static String num(int n) {
        String s = n == 0 ? "" : Integer.toString(n);
        return " ".repeat(Math.max(0, 5 - s.length())) + s + " ";
    }

    /** Lines without their terminators; a final newline does not start an extra empty line. */
    static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        int from = 0;
        while (from < s.length()) {
            int nl = s.indexOf('\n', from);
            if (nl < 0) {
                out.add(s.substring(from));
                break;
            }
            out.add(s.substring(from, nl));
            from = nl + 1;
        }
        return out;
    }

    /** Shows control characters (other than tab) as Java escapes. */
    static String visible(String line) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c == '\r') sb.append("\\r");
            else if (c < 0x20 && c != '\t' || c == 0x7f) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.toString();
    }

    private static List<int[]> script(List<String> a, List<String> b) {
        int n = a.size(), m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--)
            for (int j = m - 1; j >= 0; j--)
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
        List<int[]> edits = new ArrayList<>();
        int i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                edits.add(new int[] { 0, i++, j++ });
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                edits.add(new int[] { -1, i++, j });
            } else {
                edits.add(new int[] { 1, i, j++ });
            }
        }
        return edits;
    }
}
