package rtgo.runtime.classlib.java.lang;

import rtgo.runtime.Console;
import rtgo.runtime.Fault;
import rtgo.runtime.Throw;

/*
 * TCharacter: the char classification and case mapping of java.lang.Character, for U+0000..U+00FF
 * (ASCII and Latin-1) only, with three exceptions that cover the whole BMP: isWhitespace, isDigit
 * and digit (docs/abi.md, "Class library substitution").
 *
 * Design note. Outside Latin-1 the JDK answers from the Unicode character database, tens of
 * kilobytes of tables that a 2 MB flash could hold but that this milestone does not carry. Inside
 * it the answers are a handful of ranges, listed below as the JDK 17 and 25 give them (the host
 * tests check all 256 chars against java.lang.Character, so a wrong range fails the build). A char
 * above U+00FF is a panic naming the method, never a quietly wrong answer.
 *
 * Case mapping goes further than Latin-1: it also knows every code point that has no case (digits,
 * punctuation, symbols, CJK, emoji: 1.1 million of them, in 127 ranges, CASELESS_BMP and
 * CASELESS_SUPPLEMENTARY) and the three that Latin-1 maps to or from (U+0178, U+039C, U+03BC), so
 * String.toUpperCase of "caf\u00E9 \u2192 \u20AC5" works; Greek, Cyrillic, Latin Extended and the
 * other cased scripts still panic.
 *
 * Latin-1 facts the ranges encode: the only decimal digits are '0'..'9'; U+00D7 (multiplication
 * sign) and U+00F7 (division sign) sit inside the letter blocks but are not letters; U+00AA, U+00B5
 * and U+00BA are lowercase letters without a Latin-1 uppercase (U+00B5 MICRO SIGN uppercases to
 * U+039C, U+00FF to U+0178, and U+00DF stays itself as a char); whitespace is \t..\r, U+001C..U+001F
 * and the space, but not U+0085 or the no-break space U+00A0.
 *
 * The BMP-wide three need no database. Whitespace beyond Latin-1 is the space, line and paragraph
 * separators without the no-break ones: U+1680, U+2000..U+2006, U+2008..U+200A, U+2028, U+2029,
 * U+205F and U+3000. The decimal digits (category Nd) of the BMP come in 37 runs of ten, each
 * starting at a digit zero (DIGIT_ZEROS, identical in JDK 17 and 25); Character.digit also takes
 * the ASCII and fullwidth Latin letters as the digits 10..35. Integer.parseInt relies on digit, so
 * it accepts "\u0661\u0662" as HotSpot does. The host tests compare all 65536 chars.
 */
public final class TCharacter implements TComparable<TCharacter> {
    private final char value;

    /** The deprecated {@code new Character(char)}: always a new object. */
    public TCharacter(char value) {
        this.value = value;
    }

    private static TCharacter[] cache;

    /** Cached for 0..127, as HotSpot's Character.valueOf, so == on boxed ASCII chars behaves the same. */
    public static TCharacter valueOf(char c) {
        if (c < 128) {
            if (cache == null) {
                TCharacter[] k = new TCharacter[128];
                for (int i = 0; i < 128; i++) {
                    k[i] = new TCharacter((char) i);
                }
                cache = k;
            }
            return cache[c];
        }
        return new TCharacter(c);
    }

    public char charValue() {
        return value;
    }

    public boolean equals(Object o) {
        return o instanceof TCharacter other && other.value == value;
    }

    public int hashCode() {
        return value;
    }

    public String toString() {
        return toString(value);
    }

    public int compareTo(TCharacter other) {
        return compare(value, other.value);
    }

    public static int hashCode(char c) {
        return c;
    }

    /** The highest char these methods answer for. */
    private static final char LAST_SUPPORTED = '\u00FF';

    /** The first char of each run of ten decimal digits (category Nd) in the BMP, ascending. */
    private static final String DIGIT_ZEROS = "\u0030\u0660\u06F0\u07C0\u0966\u09E6\u0A66\u0AE6\u0B66\u0BE6"
            + "\u0C66\u0CE6\u0D66\u0DE6\u0E50\u0ED0\u0F20\u1040\u1090\u17E0\u1810\u1946\u19D0\u1A80"
            + "\u1A90\u1B50\u1BB0\u1C40\u1C50\uA620\uA8D0\uA900\uA9D0\uA9F0\uAA50\uABF0\uFF10";

    public static boolean isDigit(char c) {
        return decimalValue(c) >= 0;
    }

    /**
     * The value of {@code c} as a digit in {@code radix}: a decimal digit of any script, or a Latin
     * letter (ASCII or fullwidth) as 10..35; -1 when it is none or not below the radix, or when
     * the radix is outside 2..36.
     */
    public static int digit(char c, int radix) {
        if (radix < MIN_RADIX || radix > MAX_RADIX) {
            return -1;
        }
        int value = decimalValue(c);
        if (value < 0) {
            if (c >= 'a' && c <= 'z') {
                value = c - 'a' + 10;
            } else if (c >= 'A' && c <= 'Z') {
                value = c - 'A' + 10;
            } else if (c >= '\uFF41' && c <= '\uFF5A') {
                value = c - '\uFF41' + 10;
            } else if (c >= '\uFF21' && c <= '\uFF3A') {
                value = c - '\uFF21' + 10;
            }
        }
        return value < radix ? value : -1;
    }

    /** The char for {@code digit} in {@code radix} ('0'..'9', 'a'..'z'), or U+0000 when there is none. */
    public static char forDigit(int digit, int radix) {
        if (digit < 0 || digit >= radix || radix < MIN_RADIX || radix > MAX_RADIX) {
            return 0;
        }
        return (char) (digit < 10 ? '0' + digit : 'a' - 10 + digit);
    }

    /**
     * The Unicode numeric value: the digits, the letters as 10..35, the superscripts two, three and
     * one as 2, 3, 1; -2 for the vulgar fractions U+00BC..U+00BE, which have no int value; -1 else.
     */
    public static int getNumericValue(char c) {
        requireLatin1("Character.getNumericValue", c);
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        if (c == '\u00B2' || c == '\u00B3') {
            return c - 0xB0;
        }
        if (c == '\u00B9') {
            return 1;
        }
        if (c >= '\u00BC' && c <= '\u00BE') {
            return -2;
        }
        return -1;
    }

    /** A new one-char String, as Character.toString(char) (String.valueOf(char)). */
    public static String toString(char c) {
        return String.valueOf(c);
    }

    /** The code point as a new String of one char, or two (a surrogate pair) above U+FFFF. */
    public static String toString(int codePoint) {
        if (codePoint >= 0 && codePoint <= 0xFFFF) {
            return String.valueOf((char) codePoint);
        }
        if (codePoint < 0 || codePoint > 0x10FFFF) {
            Throw.illegalArgument("Not a valid Unicode code point: 0x" + Integer.toHexString(codePoint).toUpperCase());
        }
        char[] pair = { (char) ((codePoint >>> 10) + (0xD800 - (0x10000 >>> 10))), (char) (0xDC00 + (codePoint & 0x3FF)) };
        return String.valueOf(pair);
    }

    public static int compare(char x, char y) {
        return x - y;
    }

    /** The radixes Character.digit and Integer.parseInt accept. */
    static final int MIN_RADIX = 2;
    static final int MAX_RADIX = 36;

    /** 0..9 for a decimal digit of any script in the BMP, else -1. */
    private static int decimalValue(char c) {
        if (c <= '9') {
            return c >= '0' ? c - '0' : -1;
        }
        for (int i = DIGIT_ZEROS.length() - 1; i > 0; i--) {
            char zero = DIGIT_ZEROS.charAt(i);
            if (c >= zero) {
                return c - zero <= 9 ? c - zero : -1;
            }
        }
        return -1;
    }

    public static boolean isLetter(char c) {
        requireLatin1("Character.isLetter", c);
        return isAsciiLetter(c) || isLatin1Lowercase(c) || isLatin1Uppercase(c);
    }

    public static boolean isLetterOrDigit(char c) {
        requireLatin1("Character.isLetterOrDigit", c);
        return (c >= '0' && c <= '9') || isAsciiLetter(c) || isLatin1Lowercase(c) || isLatin1Uppercase(c);
    }

    public static boolean isWhitespace(char c) {
        if (c <= ' ') {
            return (c >= '\t' && c <= '\r') || c >= '\u001C';
        }
        if (c < '\u1680') {
            return false;
        }
        return c == '\u1680' || (c >= '\u2000' && c <= '\u200A' && c != '\u2007') || c == '\u2028' || c == '\u2029'
                || c == '\u205F' || c == '\u3000';
    }

    public static boolean isUpperCase(char c) {
        requireLatin1("Character.isUpperCase", c);
        return (c >= 'A' && c <= 'Z') || isLatin1Uppercase(c);
    }

    public static boolean isLowerCase(char c) {
        requireLatin1("Character.isLowerCase", c);
        return (c >= 'a' && c <= 'z') || isLatin1Lowercase(c);
    }

    public static char toUpperCase(char c) {
        return (char) toUpperCase("Character.toUpperCase", c);
    }

    public static char toLowerCase(char c) {
        return (char) toLowerCase("Character.toLowerCase", c);
    }

    /**
     * Character.toUpperCase(int) for the code points this class knows the case of (see
     * hasKnownCase); a panic naming {@code method} for the others.
     */
    static int toUpperCase(String method, int c) {
        if (c >= 'a' && c <= 'z') {
            return c - ('a' - 'A');
        }
        if (c == '\u00B5') {
            return '\u039C';
        }
        if (c == '\u00FF') {
            return '\u0178';
        }
        if (c == '\u03BC') {
            return '\u039C';
        }
        if (c >= '\u00E0' && c <= '\u00FE' && c != '\u00F7') {
            return c - 0x20;
        }
        requireKnownCase(method, c);
        return c;
    }

    /** Character.toLowerCase(int), for the same code points as toUpperCase. */
    static int toLowerCase(String method, int c) {
        if (c >= 'A' && c <= 'Z') {
            return c + ('a' - 'A');
        }
        if (c <= LAST_SUPPORTED && isLatin1Uppercase((char) c)) {
            return c + 0x20;
        }
        if (c == '\u0178') {
            return '\u00FF';
        }
        if (c == '\u039C') {
            return '\u03BC';
        }
        requireKnownCase(method, c);
        return c;
    }

    /**
     * Whether the case mapping of {@code c} is known here: Latin-1, the three code points Latin-1
     * maps to or from (U+0178, U+039C, U+03BC), and every code point without a case mapping
     * (digits, punctuation, symbols, CJK, surrogates, emoji...; see CASELESS_BMP).
     */
    static boolean hasKnownCase(int c) {
        return c <= LAST_SUPPORTED || c == '\u0178' || c == '\u039C' || c == '\u03BC' || isCaseless(c);
    }

    /**
     * Whether {@code c} (above U+00FF) has no case mapping: Character.toUpperCase, toLowerCase and
     * toTitleCase return it, and String.toUpperCase/toLowerCase of it are itself (which leaves out
     * chars such as U+0149 that uppercase to two). Unassigned code points count when they were
     * caseless in both JDK 17 and JDK 25, so a later Unicode that gives one a case is unlikely to
     * make this wrong. The host tests compare every code point with the JDK.
     */
    static boolean isCaseless(int c) {
        if (c <= 0xFFFF) {
            return inRuns(CASELESS_BMP, c, 1);
        }
        return inRuns(CASELESS_SUPPLEMENTARY, c, 2);
    }

    /**
     * Whether {@code c} lies in one of the ascending, disjoint ranges [first, last] that
     * {@code runs} lists, each bound as {@code width} chars (1: the char; 2: high and low 16 bits).
     */
    private static boolean inRuns(String runs, int c, int width) {
        int lo = 0;
        int hi = runs.length() / (2 * width) - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (c < bound(runs, 2 * mid * width, width)) {
                hi = mid - 1;
            } else if (c > bound(runs, (2 * mid + 1) * width, width)) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    private static int bound(String runs, int at, int width) {
        return width == 1 ? runs.charAt(at) : runs.charAt(at) << 16 | runs.charAt(at + 1);
    }

    /** Panics for code points whose case mapping this class does not know. */
    private static void requireKnownCase(String method, int c) {
        if (hasKnownCase(c)) {
            return;
        }
        Fault.panicBegin();
        Console.writeString(method);
        Console.writeString(" knows the case of Latin-1 and caseless chars only on rtgo, got U+");
        Console.writeHexDigits(c, c > 0xFFFF ? 6 : 4);
        Fault.panicEnd();
    }

    /**
     * The code points above U+00FF without a case mapping, as ascending [first, last] ranges
     * (generated from JDK 17 and JDK 25, keeping what both call caseless; the surrogates added).
     */
    private static final String CASELESS_BMP = "\u0138\u0138\u018D\u018D\u01AA\u01AB\u01BA\u01BB\u01BE\u01BE\u01C0\u01C3"
            + "\u0221\u0221\u0234\u0239\u0255\u0255\u0258\u0258\u025A\u025A\u025D\u025F"
            + "\u0262\u0262\u0267\u0267\u026D\u026E\u0270\u0270\u0273\u0274\u0276\u027C"
            + "\u027E\u027F\u0281\u0281\u0284\u0286\u028D\u0291\u0293\u029C\u029F\u0344"
            + "\u0346\u036F\u0374\u0375\u0378\u037A\u037E\u037E\u0380\u0385\u0387\u0387"
            + "\u038B\u038B\u038D\u038D\u03A2\u03A2\u03D2\u03D4\u03F6\u03F6\u03FC\u03FC"
            + "\u0482\u0489\u0530\u0530\u0557\u0560\u0588\u109F\u10C6\u10C6\u10C8\u10CC"
            + "\u10CE\u10CF\u10FB\u10FC\u1100\u139F\u13F6\u13F7\u13FE\u1C7F\u1C8B\u1C8F"
            + "\u1CBB\u1CBC\u1CC0\u1D78\u1D7A\u1D7C\u1D7E\u1D8D\u1D8F\u1DFF\u1E9C\u1E9D"
            + "\u1E9F\u1E9F\u1F16\u1F17\u1F1E\u1F1F\u1F46\u1F47\u1F4E\u1F4F\u1F58\u1F58"
            + "\u1F5A\u1F5A\u1F5C\u1F5C\u1F5E\u1F5E\u1F7E\u1F7F\u1FB5\u1FB5\u1FBD\u1FBD"
            + "\u1FBF\u1FC1\u1FC5\u1FC5\u1FCD\u1FCF\u1FD4\u1FD5\u1FDC\u1FDF\u1FED\u1FF1"
            + "\u1FF5\u1FF5\u1FFD\u2125\u2127\u2129\u212C\u2131\u2133\u214D\u214F\u215F"
            + "\u2180\u2182\u2185\u24B5\u24EA\u2BFF\u2C71\u2C71\u2C74\u2C74\u2C77\u2C7D"
            + "\u2CE4\u2CEA\u2CEF\u2CF1\u2CF4\u2CFF\u2D26\u2D26\u2D28\u2D2C\u2D2E\uA63F"
            + "\uA66E\uA67F\uA69C\uA721\uA730\uA731\uA770\uA778\uA788\uA78A\uA78E\uA78F"
            + "\uA795\uA795\uA7AF\uA7AF\uA7CE\uA7CF\uA7D2\uA7D5\uA7DD\uA7F4\uA7F7\uAB52"
            + "\uAB54\uAB6F\uABC0\uFAFF\uFB07\uFB12\uFB18\uFF20\uFF3B\uFF40\uFF5B\uFFFF";

    private static final String CASELESS_SUPPLEMENTARY = "\u0001\u0000\u0001\u03FF\u0001\u0450\u0001\u04AF"
            + "\u0001\u04D4\u0001\u04D7\u0001\u04FC\u0001\u056F"
            + "\u0001\u057B\u0001\u057B\u0001\u058B\u0001\u058B"
            + "\u0001\u0593\u0001\u0593\u0001\u0596\u0001\u0596"
            + "\u0001\u05A2\u0001\u05A2\u0001\u05B2\u0001\u05B2"
            + "\u0001\u05BA\u0001\u05BA\u0001\u05BD\u0001\u0C7F"
            + "\u0001\u0CB3\u0001\u0CBF\u0001\u0CF3\u0001\u0D4F"
            + "\u0001\u0D66\u0001\u0D6F\u0001\u0D86\u0001\u189F"
            + "\u0001\u18E0\u0001\u6E3F\u0001\u6E80\u0001\uE8FF"
            + "\u0001\uE944\u0010\uFFFF";

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** À..Þ without ×: the Latin-1 uppercase letters. */
    private static boolean isLatin1Uppercase(char c) {
        return c >= '\u00C0' && c <= '\u00DE' && c != '\u00D7';
    }

    /** ª, µ, º, and ß..ÿ without ÷: the Latin-1 lowercase letters. */
    private static boolean isLatin1Lowercase(char c) {
        return c == '\u00AA' || c == '\u00B5' || c == '\u00BA'
                || (c >= '\u00DF' && c <= '\u00FF' && c != '\u00F7');
    }

    /** Panics for chars the tables above do not cover, naming {@code method} ("Character.isLetter"). */
    static void requireLatin1(String method, char c) {
        if (c <= LAST_SUPPORTED) {
            return;
        }
        Fault.panicBegin();
        Console.writeString(method);
        Console.writeString(" covers only U+0000..U+00FF on rtgo, got U+");
        Console.writeHexDigits(c, 4);
        Fault.panicEnd();
    }
}
