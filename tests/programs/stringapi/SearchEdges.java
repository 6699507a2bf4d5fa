// String searching at the edges: from-indices that are negative, past the end or MIN/MAX_VALUE
// (clamped, never an exception), empty needles (found at the clamped index), code points found as
// surrogate pairs while lone surrogates match as units, contains with a StringBuilder as the
// CharSequence, and startsWith/endsWith/regionMatches with offsets and lengths that overflow.
public class SearchEdges {
    static String idx(String s, String t) {
        return s.indexOf(t) + "," + s.indexOf(t, -7) + "," + s.indexOf(t, 2) + "," + s.indexOf(t, s.length()) + "," + s.indexOf(t, Integer.MAX_VALUE)
                + "/" + s.lastIndexOf(t) + "," + s.lastIndexOf(t, -1) + "," + s.lastIndexOf(t, 2) + "," + s.lastIndexOf(t, Integer.MAX_VALUE) + "," + s.lastIndexOf(t, Integer.MIN_VALUE);
    }

    static String chr(String s, int c) {
        return s.indexOf(c) + "," + s.indexOf(c, -1) + "," + s.indexOf(c, 3) + "," + s.indexOf(c, Integer.MIN_VALUE) + "," + s.indexOf(c, 99)
                + "/" + s.lastIndexOf(c) + "," + s.lastIndexOf(c, 3) + "," + s.lastIndexOf(c, 0) + "," + s.lastIndexOf(c, -1) + "," + s.lastIndexOf(c, Integer.MAX_VALUE);
    }

    public static void main(String[] args) {
        String s = "abracadabra";
        String[] needles = { "a", "abra", "bra", "", "abracadabra", "abracadabra!", "cad", "x", "ra" };
        for (String t : needles) {
            System.out.println("'" + t + "': " + idx(s, t));
        }
        System.out.println("empty haystack: " + idx("", "") + " | " + idx("", "a"));
        int[] chars = { 'a', 'b', 'd', 'z', 0, -1, 'a' + 0x10000, Integer.MIN_VALUE };
        for (int c : chars) {
            System.out.println("char " + c + ": " + chr(s, c));
        }

        String emoji = "x\ud83d\ude00y\ud83d\ude00\ud83d";   // x, U+1F600, y, U+1F600, a lone high surrogate
        int smile = 0x1F600;
        System.out.println("code point: " + chr(emoji, smile) + " | high " + chr(emoji, 0xD83D) + " | low " + chr(emoji, 0xDE00));
        System.out.println("not a code point: " + emoji.indexOf(0x110000) + " " + emoji.lastIndexOf(0x110000) + " " + emoji.indexOf(smile, 2)
                + " " + emoji.lastIndexOf(smile, 3) + " " + emoji.lastIndexOf(smile, 2) + " " + emoji.lastIndexOf(smile, 0));
        System.out.println("string with pairs: " + emoji.indexOf("\ude00y") + " " + emoji.lastIndexOf("\ud83d") + " " + emoji.indexOf("y\ud83d\ude00\ud83d"));

        StringBuilder sb = new StringBuilder("cada");
        System.out.println("contains: " + s.contains(sb) + " " + s.contains(sb.append('x')) + " " + s.contains("") + " " + "".contains("") + " " + s.contains("ABRA"));

        String[] prefixes = { "abra", "", "abracadabra", "abracadabrax", "bra", "a" };
        int[] offsets = { 0, 1, 7, 10, 11, 12, -1, Integer.MAX_VALUE, Integer.MIN_VALUE };
        for (String p : prefixes) {
            StringBuilder line = new StringBuilder("'" + p + "' ends " + s.endsWith(p) + " starts");
            for (int off : offsets) {
                line.append(' ').append(s.startsWith(p, off) ? 'T' : 'f');
            }
            System.out.println(line);
        }

        System.out.println("regionMatches: " + s.regionMatches(7, "dabra", 1, 4) + " " + s.regionMatches(7, "xabr", 1, 3) + " " + s.regionMatches(0, "ABRA", 0, 4)
                + " " + s.regionMatches(true, 0, "ABRA", 0, 4) + " " + s.regionMatches(true, 8, "BRAX", 0, 4) + " " + s.regionMatches(3, "", 0, 0)
                + " " + s.regionMatches(12, "", 0, 0) + " " + s.regionMatches(11, "", 0, 0) + " " + s.regionMatches(0, "a", 0, -1)
                + " " + s.regionMatches(Integer.MAX_VALUE, "a", 0, 1) + " " + s.regionMatches(5, "abc", 2, Integer.MIN_VALUE)
                + " " + s.regionMatches(-1, "a", 0, 0) + " " + s.regionMatches(0, "a", -1, 0));

        // Counting and splitting by hand with indexOf(String, from).
        String csv = "alpha,,beta,gamma,,,delta,";
        int fields = 0, empty = 0;
        String longest = "";
        int from = 0;
        while (true) {
            int comma = csv.indexOf(",", from);
            String field = csv.substring(from, comma < 0 ? csv.length() : comma);
            fields++;
            if (field.isEmpty()) empty++;
            if (field.length() > longest.length()) longest = field;
            if (comma < 0) break;
            from = comma + 1;
        }
        System.out.println("fields " + fields + " empty " + empty + " longest " + longest + " last comma " + csv.lastIndexOf(',') + " first ,, " + csv.indexOf(",,")
                + " last ,, " + csv.lastIndexOf(",,") + " ,,, " + csv.indexOf(",,,"));
    }
}
