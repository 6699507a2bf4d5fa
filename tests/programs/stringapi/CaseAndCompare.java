// Case and order over ASCII and Latin-1: compareTo (chars compare unsigned, so U+FFFF sorts last),
// compareToIgnoreCase/equalsIgnoreCase (upper case, then lower: micro sign vs Greek mu, y-diaeresis
// vs U+0178, sharp s never equals "SS"), toUpperCase (sharp s grows to "SS") and toLowerCase, which
// return the receiver unless a char changes or is a surrogate; caseless symbols, CJK and emoji.
public class CaseAndCompare {
    static String codes(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= ' ' && c <= '~') sb.append(c); else sb.append("<").append(Integer.toHexString(c)).append(">");
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String[] words = { "apple", "Apple", "APPLE", "apples", "app", "", "\u00e9clair", "\u00c9CLAIR", "zebra", "\uffff", "a\u00df", "A\u00dF", "ASS" };
        for (String a : words) {
            StringBuilder line = new StringBuilder(codes(a)).append(':');
            for (String b : words) line.append(' ').append(a.compareTo(b)).append('/').append(a.compareToIgnoreCase(b)).append(a.equalsIgnoreCase(b) ? "=" : "");
            System.out.println(line);
        }

        String latin = "\u00b5\u00ff\u00df\u00e0\u00c0\u00d7\u00f7\u00de\u00fe\u00aa\u00ba";
        String greek = "\u039c\u0178\u00df\u00c0\u00e0\u00d7\u00f7\u00fe\u00de\u00aa\u00ba";
        System.out.println("latin vs greek ignoring case: " + latin.equalsIgnoreCase(greek) + " " + latin.compareToIgnoreCase(greek)
                + " mu " + "\u00b5".equalsIgnoreCase("\u03bc") + " " + "\u00b5".compareToIgnoreCase("\u03bc") + " " + "\u00b5".compareToIgnoreCase("a")
                + " y " + "\u00ff".compareToIgnoreCase("\u0178") + " " + "\u00ff".compareToIgnoreCase("z") + " times/divide " + "\u00d7".equalsIgnoreCase("\u00f7"));
        System.out.println("upper " + codes(latin.toUpperCase()) + " len " + latin.toUpperCase().length());
        System.out.println("lower " + codes(latin.toLowerCase()) + " | " + codes("MiXeD 123 \u00c9T\u00c9 \u00c0 LA CARTE".toLowerCase()) + " | " + "Stra\u00dfe".toUpperCase());
        System.out.println("lower of upper " + codes("\u039c\u0178".toLowerCase()) + " upper of greek mu " + codes("\u03bc".toUpperCase()));

        String same = "ALREADY UPPER 42!";
        String lower = "already lower 42!";
        String built = new StringBuilder("Mixed").toString();
        System.out.println("identity: " + (same.toUpperCase() == same) + " " + (lower.toLowerCase() == lower) + " " + ("".toUpperCase() == "")
                + " " + (built.toUpperCase() == built) + " " + (built.toLowerCase() == built) + " " + built.toUpperCase().equals("MIXED")
                + " " + ("\u00df".toLowerCase() == "\u00df") + " " + ("\u00df".toUpperCase() == "\u00df"));

        // Insertion sort, case-insensitive with a case-sensitive tie break.
        String[] names = { "delta", "Alpha", "charlie", "alpha", "Bravo", "ALPHA", "bravo", "Charlie", "echo", "\u00c9cho" };
        for (int i = 1; i < names.length; i++) {
            String x = names[i];
            int j = i - 1;
            while (j >= 0 && (names[j].compareToIgnoreCase(x) > 0 || names[j].compareToIgnoreCase(x) == 0 && names[j].compareTo(x) > 0)) {
                names[j + 1] = names[j];
                j--;
            }
            names[j + 1] = x;
        }
        StringBuilder sorted = new StringBuilder();
        for (String n : names) sorted.append(codes(n)).append(' ');
        System.out.println(sorted.toString().trim());

        // Chars without case beyond Latin-1: symbols, CJK, emoji (surrogate pairs), lone surrogates.
        String symbols = "caf\u00e9 \u2192 \u20ac5 \u4e2d\u6587 \ud83d\ude00!";
        String plain = "\u2192 \u20ac \u4e2d";
        System.out.println(codes(symbols.toUpperCase()) + " | " + codes(symbols.toLowerCase()) + " | same object: " + (plain.toUpperCase() == plain)
                + " " + (plain.toLowerCase() == plain) + " with a pair " + (symbols.toLowerCase() == symbols) + " " + symbols.toLowerCase().equals(symbols)
                + " lone " + codes("a\udc00B\ud800".toUpperCase()));
        System.out.println("pairs ignoring case: " + "x\ud83d\ude00".compareToIgnoreCase("X\ud83d\ude01") + " " + "\ud83d\ude00".compareToIgnoreCase("\ud83c\udf00")
                + " " + "\u20ac\ud83d\ude00".compareToIgnoreCase("\u20ac\ud83c") + " " + "\u20ac\ud83d".compareToIgnoreCase("\u20ac\ud83c\ude00")
                + " " + "a\ud83d".compareToIgnoreCase("A\ud83c") + " " + "\u4e2d\ud83d\ude00".equalsIgnoreCase("\u4e2d\ud83d\ude00") + " " + "\u4e2dA".equalsIgnoreCase("\u4e2da")
                + " " + "\u20ac\ud83d\ude00".compareToIgnoreCase("\u20ac\ud83d\ud83d\ude00") + " " + "\uffff".compareToIgnoreCase("\ud83d"));
        System.out.println("equals: " + "x".equalsIgnoreCase(null) + " " + "abc".equalsIgnoreCase("ABCD") + " " + "".equalsIgnoreCase("") + " " + "Hello".equalsIgnoreCase("hELLO")
                + " @ vs ` " + "@".equalsIgnoreCase("`") + " [ vs { " + "[".equalsIgnoreCase("{") + " " + "[".compareToIgnoreCase("{"));
    }
}
