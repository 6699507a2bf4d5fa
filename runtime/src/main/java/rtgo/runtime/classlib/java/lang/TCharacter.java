package rtgo.runtime.classlib.java.lang;

import rtgo.runtime.Console;
import rtgo.runtime.Fault;

/*
 * TCharacter: the char classification and case mapping of java.lang.Character, for U+0000..U+00FF
 * (ASCII and Latin-1) only (docs/abi.md, "Class library substitution").
 *
 * Design note. Outside Latin-1 the JDK answers from the Unicode character database, tens of
 * kilobytes of tables that a 2 MB flash could hold but that this milestone does not carry. Inside
 * it the answers are a handful of ranges, listed below as the JDK 17 and 25 give them (the host
 * tests check all 256 chars against java.lang.Character, so a wrong range fails the build). A char
 * above U+00FF is a panic naming the method, never a quietly wrong answer.
 *
 * Latin-1 facts the ranges encode: the only decimal digits are '0'..'9'; U+00D7 (multiplication
 * sign) and U+00F7 (division sign) sit inside the letter blocks but are not letters; U+00AA, U+00B5
 * and U+00BA are lowercase letters without a Latin-1 uppercase (U+00B5 MICRO SIGN uppercases to
 * U+039C, U+00FF to U+0178, and U+00DF stays itself as a char); whitespace is \t..\r, U+001C..U+001F
 * and the space, but not U+0085 or the no-break space U+00A0.
 */
public final class TCharacter {
    private TCharacter() {}

    /** The highest char these methods answer for. */
    private static final char LAST_SUPPORTED = '\u00FF';

    public static boolean isDigit(char c) {
        requireLatin1("isDigit", c);
        return c >= '0' && c <= '9';
    }

    public static boolean isLetter(char c) {
        requireLatin1("isLetter", c);
        return isAsciiLetter(c) || isLatin1Lowercase(c) || isLatin1Uppercase(c);
    }

    public static boolean isLetterOrDigit(char c) {
        requireLatin1("isLetterOrDigit", c);
        return (c >= '0' && c <= '9') || isAsciiLetter(c) || isLatin1Lowercase(c) || isLatin1Uppercase(c);
    }

    public static boolean isWhitespace(char c) {
        requireLatin1("isWhitespace", c);
        return (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= ' ');
    }

    public static boolean isUpperCase(char c) {
        requireLatin1("isUpperCase", c);
        return (c >= 'A' && c <= 'Z') || isLatin1Uppercase(c);
    }

    public static boolean isLowerCase(char c) {
        requireLatin1("isLowerCase", c);
        return (c >= 'a' && c <= 'z') || isLatin1Lowercase(c);
    }

    public static char toUpperCase(char c) {
        requireLatin1("toUpperCase", c);
        if (c >= 'a' && c <= 'z') {
            return (char) (c - ('a' - 'A'));
        }
        if (c == '\u00B5') {
            return '\u039C';
        }
        if (c == '\u00FF') {
            return '\u0178';
        }
        if (c >= '\u00E0' && c != '\u00F7') {
            return (char) (c - 0x20);
        }
        return c;
    }

    public static char toLowerCase(char c) {
        requireLatin1("toLowerCase", c);
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + ('a' - 'A'));
        }
        if (isLatin1Uppercase(c)) {
            return (char) (c + 0x20);
        }
        return c;
    }

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

    /** Panics for chars the tables above do not cover. */
    private static void requireLatin1(String method, char c) {
        if (c <= LAST_SUPPORTED) {
            return;
        }
        Fault.panicBegin();
        Console.writeString("Character.");
        Console.writeString(method);
        Console.writeString(" covers only U+0000..U+00FF on rtgo, got U+");
        Console.writeHexDigits(c, 4);
        Fault.panicEnd();
    }
}
