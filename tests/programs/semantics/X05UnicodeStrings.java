// Extra: non-ASCII strings: printing UTF-8, length/charAt of surrogate pairs, case mapping of accented letters, Character predicates, hashCode, compareTo, StringBuilder.reverse with surrogates
import java.util.*;
public class X05UnicodeStrings {
    // case mapping restricted to Latin-1: rtgo panics beyond it (see report)
    static boolean latin1(String s) { for (char c : s.toCharArray()) if (c > 255) return false; return true; }
    public static void main(String[] args) {
        String[] ss = { "café", "naïve", "Ελλάδα", "straße", "日本語", "emoji😀x", "ÅÄÖ", "İstanbul", "ǅ", "\u00e9\u0301", "tab\there", "nul\u0000x" };
        for (String s : ss) {
            System.out.println(s + " len=" + s.length() + " up=" + (latin1(s) ? s.toUpperCase() : "-") + " low=" + (latin1(s) ? s.toLowerCase() : "-") + " hash=" + s.hashCode() + " rev=" + new StringBuilder(s).reverse()
                + " c0=" + (int) s.charAt(0) + " idx=" + s.indexOf('é'));
        }
        char[] cs = { 'a', 'Z', '5', ' ', 'é', 'ÿ', 'ß', '\n', '_', 'µ', '×', '\u00a0' }; // Latin-1 only: Character predicates panic beyond it
        for (char c : cs) {
            System.out.print((int) c + ":" + Character.isLetter(c) + Character.isDigit(c) + Character.isLetterOrDigit(c) + Character.isWhitespace(c) + Character.isUpperCase(c) + Character.isLowerCase(c)
                + "/" + (c < 256 ? "" + Character.toUpperCase(c) + Character.toLowerCase(c) : "-") + "/" + Character.getNumericValue(c) + " ");
        }
        System.out.println();
        List<String> sorted = new ArrayList<>(List.of(ss));
        Collections.sort(sorted);
        System.out.println(sorted);
        sorted.removeIf(x -> !latin1(x)); sorted.sort(String::compareToIgnoreCase);
        System.out.println(sorted + " " + "ÉCOLE".equalsIgnoreCase("école") + " " + "Straße".compareToIgnoreCase("STRASSE"));
        StringBuilder sb = new StringBuilder();
        for (int cp = 0x3b1; cp < 0x3c9; cp += 3) sb.append((char) cp);
        System.out.println(sb + " " + sb.length() + " " + String.join("|", new String[] { "α", "β", "γ" }) + " " + "x".repeat(3) + "😀".repeat(2));
        System.out.println(String.format("%-6s|%6s|%c|%S", "é", "日本", 'ñ', "straße"));
    }
}
