// Chars outside ASCII in printed concatenations: a surrogate pair split across two pieces (and
// across two prints) must still become one 4-byte UTF-8 sequence, lone surrogates '?', and other
// chars their 2- and 3-byte forms, exactly as the String HotSpot builds would print.
public class PcSurrogates {
    public static void main(String[] args) {
        char high = '\uD83D';
        char low = '\uDE00';
        String face = "\uD83D\uDE00";
        System.out.println("pair in one piece " + face + ".");
        System.out.println("pair across pieces " + high + low + ".");
        System.out.println("high piece, low literal " + high + "\uDE00.");
        System.out.println("lone high " + high + " lone low " + low + ".");
        System.out.println("high at the end " + high);
        System.out.println(low + " low first");
        System.out.print("print ends high " + high);
        System.out.println(low + " println starts low");
        System.out.print("print ends high " + high);
        System.out.println("x" + " then not a low");
        System.out.println("two-byte " + '\u00e9' + " three-byte " + '\u20ac' + " " + "\uffff" + '\u0800' + " nul " + '\u0000' + ".");
        String mixed = "a\u00e9\u20ac" + face;
        System.out.println(mixed + high + mixed.length() + low);
        System.out.println("done");
    }
}
