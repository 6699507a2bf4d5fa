// String literals: every escape sequence, octal and unicode escapes, non-ASCII text in the Latin-1
// range, in the BMP beyond it (€, Greek, CJK) and outside it (emoji as surrogate pairs), empty
// strings, long literals, and text blocks. The device writes UTF-8, as HotSpot does here.
public class Literals {
    static String greet(int i) {
        switch (i) {
            case 0: return "Hello";
            case 1: return "Grüß Gott";
            case 2: return "Bonjour, ça va ?";
            case 3: return "Καλημέρα";
            case 4: return "こんにちは";
            case 5: return "Привет";
            default: return "👋🌍";
        }
    }

    public static void main(String[] a) {
        System.out.println("plain ASCII");
        System.out.println("tab:\t| quote:\" apostrophe:\' backslash:\\ |");
        System.out.println("octal \101\102\103 \60\61 unicode \u0041\u00e9\u20ac");
        System.out.println("line1\nline2\n\nline4");
        System.out.println("carriage\rreturn");
        System.out.println("form\ffeed backspace\b! bell-less");
        System.out.println("\s<- escaped space (Java 15)");
        System.out.println("");
        System.out.println("é è ê ë à ç ñ ö ü ß ÿ");
        System.out.println("€ £ ¥ © ® ° ± µ ¶ · ½");
        System.out.println("Ωμέγα ∑∫√∞≠≤≥ →←↑↓");
        System.out.println("中文 日本語 한국어");
        System.out.println("emoji: 😀 🚀 🎉 (surrogate pairs)");
        System.out.println("mixed: a€b😀c\u00e9d");
        for (int i = 0; i < 7; i++) System.out.println(i + ": " + greet(i));
        String empty = "";
        System.out.println("[" + empty + "]");
        System.out.print("");
        System.out.println("[" + empty + empty + "]");
        String longer = "The quick brown fox jumps over the lazy dog; "
                + "Pack my box with five dozen liquor jugs. "
                + "Sphinx of black quartz, judge my vow.";
        System.out.println(longer);
        String block = """
                A text block
                  keeps relative indentation,
                ends lines with \\n, and "quotes" freely.
                """;
        System.out.print(block);
        System.out.println("nul char [\0] inside");
        System.out.println("\u007f del, \u0080 first C1, \u00a0 nbsp, \u07ff last 2-byte, \u0800 first 3-byte, \uffee");
        System.out.println("\uD83D\uDE00 from escapes, \uD800\uDC00 first astral, \uDBFF\uDFFF last");
    }
}
