// String arrays as data: a String[] sorted in place by insertion sort with a hand-written compare
// over charAt, elements swapped through a second name for the same array, a String[][] with a null
// row and null elements (printed as "null" in concatenation), lengths summed, strings compared by
// reference (literals are shared), and a table of words looked up by a char-indexed switch.
public class Stress2StringArrays {
    static String[] words = {"pear", "apple", "fig", "banana", "", "apricot", "fig", "kiwi"};

    static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            int d = a.charAt(i) - b.charAt(i);
            if (d != 0) return d;
        }
        return a.length() - b.length();
    }

    static void sort(String[] a, String[] alias) {
        for (int i = 1; i < a.length; i++) {
            String x = a[i];
            int j = i - 1;
            while (j >= 0 && compare(alias[j], x) > 0) {
                alias[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    static String kind(String w) {
        if (w.isEmpty()) return "empty";
        switch (w.charAt(0)) {
            case 'a': return "A-word";
            case 'b': case 'k': return "BK-word";
            case 'f': return w.length() == 3 ? "short-f" : "f";
            default: return "other";
        }
    }

    public static void main(String[] args) {
        String[] copy = new String[words.length];
        for (int i = 0; i < words.length; i++) copy[i] = words[i];
        sort(copy, copy);
        String line = "";
        for (String w : copy) line += "[" + w + "]";
        System.out.println(line);
        int same = 0;
        for (int i = 0; i < words.length; i++) {
            for (int j = i + 1; j < words.length; j++) {
                if (words[i] == words[j]) same++;
            }
        }
        System.out.println("same refs " + same + " " + (copy[2] == "fig") + " " + (copy[3] == copy[2]));
        String[][] grid = {{"x", null, "z"}, null, {}, {"only"}};
        int total = 0;
        for (int r = 0; r < grid.length; r++) {
            if (grid[r] == null) {
                System.out.println("row " + r + " is null");
                continue;
            }
            for (int c = 0; c < grid[r].length; c++) {
                String s = grid[r][c];
                System.out.println("cell " + r + "," + c + " = " + s + (s == null ? "" : " len " + s.length()));
                if (s != null) total += s.length();
            }
        }
        System.out.println("total " + total);
        for (String w : words) System.out.print(kind(w) + " ");
        System.out.println();
        String[] two = {"a", "b"};
        String[] same2 = two;
        String t = two[0];
        same2[0] = same2[1];
        same2[1] = t;
        System.out.println(two[0] + two[1] + " " + (two == same2));
    }
}
