package rtgo.runtime;

import java.util.DuplicateFormatFlagsException;
import java.util.FormatFlagsConversionMismatchException;
import java.util.IllegalFormatCodePointException;
import java.util.IllegalFormatConversionException;
import java.util.IllegalFormatFlagsException;
import java.util.IllegalFormatPrecisionException;
import java.util.IllegalFormatWidthException;
import java.util.MissingFormatArgumentException;
import java.util.MissingFormatWidthException;
import java.util.UnknownFormatConversionException;

/*
 * Format: the engine behind String.format, String.formatted, PrintStream.printf/format and
 * java.util.Formatter (TString, TPrintStream, TFormatter): java.util.Formatter's format-string
 * language with the answers of JDK 25 under an English locale (',' groups digits by three).
 *
 * Design note. The syntax is the one java.util.Formatter documents,
 *     %[argument_index$][flags][width][.precision][t]conversion
 * read by a hand-written scanner, not a regular expression: a decimal index ended by '$', any of
 * the flags -#+ 0,(<, a width, '.' and a precision, an optional t/T and a letter or '%'. Text that
 * does not fit the grammar is reported as the JDK reports it, as an unknown conversion naming the
 * char after the '%'. The JDK reads the whole format string before it prints anything, so a
 * malformed specifier late in the string wins over a bad argument early in it; this class does the
 * same with two passes over the string, the first only parsing, instead of building a list of
 * specifier objects: one Format object holds the current specifier for both passes. It is a new
 * object per call because an argument's toString() may itself format.
 *
 * The checks and their order are the JDK's (each specifier: index, duplicate flags, width,
 * precision, conversion, then the conversion's own checks; the flags that depend on the argument's
 * type, such as '+' of %x, when printing), and so are the exceptions and their texts: the exception
 * classes of java.util are whole-class substitutes on the device (TIllegalFormatException and its
 * subclasses), made here with the JDK constructors' arguments (IllegalFormatArgumentIndexException,
 * package-private in the JDK, through Throw). Their messages name a specifier as
 * the JDK's FormatSpecifier.toString() rebuilds it: the flags in the fixed order -#+ 0,(< before
 * the index, then width, precision and conversion.
 *
 * Numbers: %d writes the decimal digits of the value widened to long, inserting ',' before each
 * group of three when asked, then zeros after the sign up to the width; %o and %x write the two's
 * complement bits of the argument's own size (Byte, Short, Integer, Long), as Integer.toHexString
 * does. %c takes a Character or an int code point (Byte, Short, Integer), two chars beyond the BMP.
 * Widths count UTF-16 units, as the JDK's do.
 *
 * Floating point (%e %f %g %a, a Float widened to double first) works on the raw bits, with no
 * double arithmetic. The decimal conversions start from the shortest decimal that identifies the
 * double (Giulietti's Schubfach, as in Double.toString since JDK 19: FloatToDecimal), read back
 * out of Double.toString's text as a digit string and the power of ten of its first digit. That
 * string is rounded half-up to the digits the precision asks for (so %.2f of 1.005 is 1.01, as in
 * the JDK, although the binary value is below 1.005) and printed with zeros up to the precision:
 * at most 17 significant digits, so rounding is a carry through a few chars, never big-number
 * arithmetic. %g rounds to the precision's significant digits first and then picks plain notation
 * for 10^-4 <= rounded value < 10^precision. The exponent of %e has at least two digits and its
 * length is taken out of the width before zero padding. %a is Double.toHexString's form; with a
 * precision of 1 to 12 the significand (a subnormal normalised first) is rounded half-even to that
 * many hex digits, as the JDK does, and zero padding counts the digits before they are padded to
 * the precision, a JDK quirk kept here.
 *
 * Not here: the date/time conversions %t (recognised and checked; a Long argument is unsupported), Formattable arguments,
 * BigInteger and BigDecimal (absent on the device), and other locales.
 */
public final class Format {
    /** Flag bits; bit k is the char FLAG_CHARS[k], the order in which the JDK lists flags. */
    static final int LEFT = 1;
    static final int UPPER = 2;
    static final int ALTERNATE = 4;
    static final int PLUS = 8;
    static final int SPACE = 16;
    static final int ZERO = 32;
    static final int GROUP = 64;
    static final int PARENTHESES = 128;
    static final int PREVIOUS = 256;

    /** The flag chars in bit order ('^' is the internal upper-case flag, never parsed). */
    private static final String FLAG_CHARS = "-^#+ 0,(<";

    /** Argument index of a specifier: the next ordinary argument, the previous one ('<'), none (%n, %%). */
    private static final int ORDINARY = 0;
    private static final int RELATIVE = -1;
    private static final int TEXT = -2;

    // ---- the current specifier ----------------------------------------------------------------------

    private int index;
    private int flags;
    private int width;
    private int precision;
    private boolean dateTime;
    /** The conversion, lower case unless dateTime (UPPER then records the case). */
    private char conversion;

    private Format() {}

    // ---- entry points -------------------------------------------------------------------------------

    /** String.format(format, args). */
    public static String format(String format, Object[] args) {
        StringBuilder out = new StringBuilder();
        formatTo(out, format, args);
        return out.toString();
    }

    /**
     * Appends {@code format} with its specifiers replaced by the formatted {@code args}. When a
     * specifier fails (an exception), {@code out} holds what the JDK's Formatter would have written
     * to its destination before it: everything left of that specifier.
     */
    public static void formatTo(StringBuilder out, String format, Object[] args) {
        if (format == null) {
            Throw.nullPointer("Cannot invoke \"String.length()\" because \"s\" is null");
        }
        int n = format.length();
        Format spec = new Format();
        // pass 1: every specifier must parse before anything is printed
        int i = 0;
        while (i < n) {
            int p = format.indexOf('%', i);
            if (p < 0) {
                break;
            }
            i = spec.parse(format, p + 1);
        }
        // pass 2: print
        int last = -1; // index of the last argument used
        int lastOrdinary = -1;
        i = 0;
        while (i < n) {
            int p = format.indexOf('%', i);
            int end = p < 0 ? n : p;
            for (int k = i; k < end; k++) {
                out.append(format.charAt(k));
            }
            if (p < 0) {
                break;
            }
            i = spec.parse(format, p + 1);
            Object arg = null;
            int at = spec.index;
            if (at == TEXT) {
                spec.print(out, null);
                continue;
            }
            if (at == RELATIVE) {
                if (last < 0 || (args != null && last > args.length - 1)) {
                    throw new MissingFormatArgumentException(spec.toString());
                }
            } else if (at == ORDINARY) {
                lastOrdinary++;
                last = lastOrdinary;
                if (args != null && last > args.length - 1) {
                    throw new MissingFormatArgumentException(spec.toString());
                }
            } else {
                last = at - 1;
                if (args != null && last > args.length - 1) {
                    throw new MissingFormatArgumentException(spec.toString());
                }
            }
            if (args != null) {
                arg = args[last];
            }
            spec.print(out, arg);
        }
    }

    // ---- parsing --------------------------------------------------------------------------------

    /**
     * Reads the specifier whose '%' is just before {@code start} into this object, with the JDK's
     * checks; returns the index after it.
     */
    private int parse(String s, int start) {
        int max = s.length();
        if (start >= max) {
            throw new UnknownFormatConversionException("%"); // a trailing '%'
        }
        index = ORDINARY;
        flags = 0;
        width = -1;
        precision = -1;
        dateTime = false;
        char first = s.charAt(start);
        if (isConversion(first) && isValid(first)) {
            // the common case: a bare conversion, which needs no checks
            setConversion(first);
            return start + 1;
        }
        int off = start;
        // (\d+\$)?
        int argStart = off;
        int i = digits(s, off, max);
        int argEnd = -1;
        if (i > off && i < max && s.charAt(i) == '$') {
            argEnd = i;
            off = i + 1;
        }
        // [-#+ 0,(<]*
        int flagStart = off;
        while (off < max && flagBit(s.charAt(off)) != 0) {
            off++;
        }
        int flagEnd = off;
        // (\d+)?
        int widthStart = off;
        off = digits(s, off, max);
        int widthEnd = off;
        // (\.\d+)?
        int precisionStart = -1;
        int precisionEnd = -1;
        if (off < max && s.charAt(off) == '.') {
            precisionStart = off + 1;
            precisionEnd = digits(s, precisionStart, max);
            if (precisionEnd == precisionStart) {
                throw new UnknownFormatConversionException(String.valueOf(first));
            }
            off = precisionEnd;
        }
        // ([tT])?([a-zA-Z%])
        char t = 0;
        char conv = 0;
        char c = off < max ? s.charAt(off) : 0;
        if ((c == 't' || c == 'T') && off + 1 < max) {
            char c1 = s.charAt(off + 1);
            if (isConversion(c1)) {
                t = c;
                conv = c1;
                off += 2;
            }
            // else: a specifier with no conversion at all (the JDK's parser lets it through when
            // anything came before the 't', and then reports the conversion '\0')
        } else if (isConversion(c)) {
            conv = c;
            off++;
        } else {
            throw new UnknownFormatConversionException(String.valueOf(first));
        }
        boolean anything = argEnd >= 0 || flagEnd > flagStart || widthEnd > widthStart || precisionStart >= 0;
        if (!anything && t == 0 && conv == 0) {
            throw new UnknownFormatConversionException(String.valueOf(first));
        }
        // the JDK's FormatSpecifier constructor, in its order
        if (argEnd >= 0) {
            int value = number(s, argStart, argEnd);
            if (value <= 0) {
                Throw.formatArgumentIndex(value);
            }
            index = value;
        }
        for (int k = flagStart; k < flagEnd; k++) {
            int bit = flagBit(s.charAt(k));
            if ((flags & bit) != 0) {
                throw new DuplicateFormatFlagsException(flagString(bit));
            }
            flags |= bit;
        }
        if ((flags & PREVIOUS) != 0) {
            index = RELATIVE;
        }
        if (widthEnd > widthStart) {
            width = number(s, widthStart, widthEnd);
            if (width < 0) {
                throw new IllegalFormatWidthException(width);
            }
        }
        if (precisionStart >= 0) {
            precision = number(s, precisionStart, precisionEnd);
            if (precision < 0) {
                throw new IllegalFormatPrecisionException(precision);
            }
        }
        if (t != 0) {
            dateTime = true;
            if (t == 'T') {
                flags |= UPPER;
            }
        }
        if (dateTime) {
            conversion = conv;
        } else {
            if (!isValid(conv)) {
                throw new UnknownFormatConversionException(String.valueOf(conv));
            }
            setConversion(conv);
        }
        check();
        return off;
    }

    /** The index after the run of ASCII digits at {@code from}. */
    private static int digits(String s, int from, int max) {
        while (from < max && isDigit(s.charAt(from))) {
            from++;
        }
        return from;
    }

    /**
     * The decimal number s[from, to) (digits only), or Integer.MIN_VALUE when it does not fit an
     * int: the JDK's Integer.parseInt fails and reports MIN_VALUE.
     */
    private static int number(String s, int from, int to) {
        int value = 0;
        for (int k = from; k < to; k++) {
            int d = s.charAt(k) - '0';
            if (value > (Integer.MAX_VALUE - d) / 10) {
                return Integer.MIN_VALUE;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** What the grammar takes as a conversion: an ASCII letter or '%'. */
    private static boolean isConversion(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '%';
    }

    /** The conversions the JDK knows (t/T only as a date/time prefix). */
    private static boolean isValid(char c) {
        switch (c) {
            case 'b': case 'B': case 's': case 'S': case 'h': case 'H': case 'c': case 'C':
            case 'd': case 'o': case 'x': case 'X': case 'e': case 'E': case 'g': case 'G':
            case 'f': case 'a': case 'A': case 'n': case '%':
                return true;
            default:
                return false;
        }
    }

    /** The date/time conversions after t/T. */
    private static boolean isDateTime(char c) {
        return c != 0 && "HIklMNLQpsSTzZaAbBCdehjmyYrRcDF".indexOf(c) >= 0;
    }

    /** A valid conversion: upper case becomes the UPPER flag; %n and %% take no argument. */
    private void setConversion(char c) {
        if (c >= 'A' && c <= 'Z') {
            flags |= UPPER;
            c = (char) (c + ('a' - 'A'));
        }
        conversion = c;
        if (c == 'n' || c == '%') {
            index = TEXT;
        }
    }

    /** The bit of a flag char, 0 for other chars ('^' is not a flag a format string can give). */
    private static int flagBit(char c) {
        if (c == '^') {
            return 0;
        }
        int k = FLAG_CHARS.indexOf(c);
        return k < 0 ? 0 : 1 << k;
    }

    /** The flags as the JDK lists them, in bit order. */
    private static String flagString(int f) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < FLAG_CHARS.length(); k++) {
            if ((f & (1 << k)) != 0) {
                sb.append(FLAG_CHARS.charAt(k));
            }
        }
        return sb.toString();
    }

    /** The specifier as the JDK's exception messages name it. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append('%');
        sb.append(flagString(flags & ~UPPER));
        if (index > 0) {
            sb.append(index).append('$');
        }
        if (width != -1) {
            sb.append(width);
        }
        if (precision != -1) {
            sb.append('.').append(precision);
        }
        boolean upper = (flags & UPPER) != 0;
        if (dateTime) {
            sb.append(upper ? 'T' : 't');
        }
        sb.append(upper && conversion >= 'a' && conversion <= 'z' ? (char) (conversion - ('a' - 'A')) : conversion);
        return sb.toString();
    }

    // ---- checks -------------------------------------------------------------------------------

    private void check() {
        if (dateTime) {
            checkDateTime();
            return;
        }
        switch (conversion) {
            case 'b': case 's': case 'h':
                checkGeneral();
                break;
            case 'c':
                checkCharacter();
                break;
            case 'd': case 'o': case 'x':
                checkInteger();
                break;
            case 'e': case 'f': case 'g': case 'a':
                checkFloat();
                break;
            default:
                checkText();
        }
    }

    private void checkGeneral() {
        if ((conversion == 'b' || conversion == 'h') && (flags & ALTERNATE) != 0) {
            failMismatch(ALTERNATE);
        }
        requireWidthForLeft();
        checkBadFlags(PLUS | SPACE | ZERO | GROUP | PARENTHESES);
    }

    private void checkDateTime() {
        if (precision != -1) {
            throw new IllegalFormatPrecisionException(precision);
        }
        if (!isDateTime(conversion)) {
            throw new UnknownFormatConversionException("t" + conversion);
        }
        checkBadFlags(ALTERNATE | PLUS | SPACE | ZERO | GROUP | PARENTHESES);
        requireWidthForLeft();
    }

    private void checkCharacter() {
        if (precision != -1) {
            throw new IllegalFormatPrecisionException(precision);
        }
        checkBadFlags(ALTERNATE | PLUS | SPACE | ZERO | GROUP | PARENTHESES);
        requireWidthForLeft();
    }

    private void checkInteger() {
        checkNumeric();
        if (precision != -1) {
            throw new IllegalFormatPrecisionException(precision);
        }
        checkBadFlags(conversion == 'd' ? ALTERNATE : GROUP);
    }

    private void checkFloat() {
        checkNumeric();
        if (conversion == 'a') {
            checkBadFlags(PARENTHESES | GROUP);
        } else if (conversion == 'e') {
            checkBadFlags(GROUP);
        } else if (conversion == 'g') {
            checkBadFlags(ALTERNATE);
        }
    }

    private void checkNumeric() {
        if (width == -1 && (flags & (LEFT | ZERO)) != 0) {
            throw new MissingFormatWidthException(toString());
        }
        if ((flags & (PLUS | SPACE)) == (PLUS | SPACE) || (flags & (LEFT | ZERO)) == (LEFT | ZERO)) {
            throw new IllegalFormatFlagsException(flagString(flags));
        }
    }

    private void checkText() {
        if (precision != -1) {
            throw new IllegalFormatPrecisionException(precision);
        }
        if (conversion == '%') {
            if (flags != LEFT && flags != 0) {
                throw new IllegalFormatFlagsException(flagString(flags));
            }
            requireWidthForLeft();
        } else {
            if (width != -1) {
                throw new IllegalFormatWidthException(width);
            }
            if (flags != 0) {
                throw new IllegalFormatFlagsException(flagString(flags));
            }
        }
    }

    private void requireWidthForLeft() {
        if (width == -1 && (flags & LEFT) != 0) {
            throw new MissingFormatWidthException(toString());
        }
    }

    private void checkBadFlags(int bad) {
        if ((flags & bad) != 0) {
            failMismatch(flags & bad);
        }
    }

    private void failMismatch(int f) {
        throw new FormatFlagsConversionMismatchException(flagString(f), conversion);
    }

    private void failConversion(Object arg) {
        throw new IllegalFormatConversionException(conversion, arg.getClass());
    }

    // ---- printing -----------------------------------------------------------------------------

    private void print(StringBuilder out, Object arg) {
        if (dateTime) {
            printDateTime(out, arg);
            return;
        }
        switch (conversion) {
            case 'd': case 'o': case 'x':
                printInteger(out, arg);
                break;
            case 'e': case 'f': case 'g': case 'a':
                printFloat(out, arg);
                break;
            case 'c':
                printCharacter(out, arg);
                break;
            case 'b':
                printText(out, arg == null ? "false" : arg instanceof Boolean ? arg.toString() : "true");
                break;
            case 's':
                if ((flags & ALTERNATE) != 0) {
                    failMismatch(ALTERNATE); // '#' is for Formattable arguments only
                }
                printText(out, arg == null ? "null" : arg.toString());
                break;
            case 'h':
                printText(out, arg == null ? "null" : Integer.toHexString(arg.hashCode()));
                break;
            case 'n':
                out.append('\n'); // System.lineSeparator() on Linux, where reference outputs are made
                break;
            default:
                printText(out, "%");
        }
    }

    /** Text: cut to the precision, upper-cased for an upper-case conversion, justified. */
    private void printText(StringBuilder out, String s) {
        if (s == null) {
            // an argument whose toString() returned null: "null", or the JDK's NullPointerException
            // where its Formatter goes on to use the text
            if (precision != -1) {
                Throw.nullPointer("Cannot invoke \"String.length()\" because \"s\" is null");
            }
            if ((flags & UPPER) != 0) {
                Throw.nullPointer("Cannot invoke \"String.toUpperCase(java.util.Locale)\" because \"s\" is null");
            }
            if (width != -1) {
                Throw.nullPointer("Cannot invoke \"java.lang.CharSequence.length()\" because \"cs\" is null");
            }
            out.append("null");
            return;
        }
        if (precision != -1 && precision < s.length()) {
            s = s.substring(0, precision);
        }
        if ((flags & UPPER) != 0) {
            s = s.toUpperCase();
        }
        int pad = width - s.length();
        if ((flags & LEFT) != 0) {
            out.append(s);
            spaces(out, pad);
        } else {
            spaces(out, pad);
            out.append(s);
        }
    }

    /** Appends {@code body} padded with spaces to the width, on the left unless '-'. */
    private void appendJustified(StringBuilder out, StringBuilder body) {
        int pad = width - body.length();
        if ((flags & LEFT) != 0) {
            out.append(body);
            spaces(out, pad);
        } else {
            spaces(out, pad);
            out.append(body);
        }
    }

    private static void spaces(StringBuilder out, int n) {
        for (int k = 0; k < n; k++) {
            out.append(' ');
        }
    }

    private void printInteger(StringBuilder out, Object arg) {
        long v;
        if (arg == null) {
            printText(out, "null");
            return;
        } else if (arg instanceof Integer) {
            int i = ((Integer) arg).intValue();
            v = conversion == 'd' ? i : i & 0xFFFFFFFFL;
        } else if (arg instanceof Long) {
            v = ((Long) arg).longValue();
        } else if (arg instanceof Short) {
            short sh = ((Short) arg).shortValue();
            v = conversion == 'd' ? sh : sh & 0xFFFF;
        } else if (arg instanceof Byte) {
            byte b = ((Byte) arg).byteValue();
            v = conversion == 'd' ? b : b & 0xFF;
        } else {
            failConversion(arg);
            return;
        }
        StringBuilder sb = new StringBuilder();
        if (conversion == 'd') {
            boolean negative = v < 0;
            leadingSign(sb, negative);
            appendMagnitude(sb, Long.toString(v), negative ? 1 : 0,
                    negative && (flags & PARENTHESES) != 0 ? width - 1 : width);
            if (negative && (flags & PARENTHESES) != 0) {
                sb.append(')');
            }
        } else {
            checkBadFlags(PARENTHESES | SPACE | PLUS);
            boolean hex = conversion == 'x';
            String digits = hex ? Long.toHexString(v) : Long.toOctalString(v);
            int length = digits.length();
            if ((flags & ALTERNATE) != 0) {
                sb.append(hex ? ((flags & UPPER) != 0 ? "0X" : "0x") : "0");
                length += hex ? 2 : 1;
            }
            if ((flags & ZERO) != 0) {
                zeros(sb, width - length);
            }
            if (hex && (flags & UPPER) != 0) {
                digits = digits.toUpperCase();
            }
            sb.append(digits);
        }
        appendJustified(out, sb);
    }

    /** '+' or ' ' before a non-negative number when asked; '(' or '-' before a negative one. */
    private void leadingSign(StringBuilder sb, boolean negative) {
        if (!negative) {
            if ((flags & PLUS) != 0) {
                sb.append('+');
            } else if ((flags & SPACE) != 0) {
                sb.append(' ');
            }
        } else {
            sb.append((flags & PARENTHESES) != 0 ? '(' : '-');
        }
    }

    /**
     * Appends the digits value[offset..] (and a '.' with the fraction, for the floating
     * conversions), with ',' between groups of three integer digits when GROUP is set, then
     * inserts zeros where this number began (after a sign already in sb) until sb is {@code width}
     * long when ZERO is set: the JDK's localizedMagnitude for an English locale.
     */
    void appendMagnitude(StringBuilder sb, String value, int offset, int width) {
        int begin = sb.length();
        int length = value.length();
        int dot = value.indexOf('.');
        if (dot < 0) {
            dot = length;
        }
        boolean group = (flags & GROUP) != 0;
        for (int j = offset; j < length; j++) {
            char ch = value.charAt(j);
            sb.append(ch);
            if (j == dot) {
                group = false;
            } else if (group && j != dot - 1 && (dot - j) % 3 == 1) {
                sb.append(',');
            }
        }
        if ((flags & ZERO) != 0 && width > sb.length()) {
            int n = width - sb.length();
            for (int k = 0; k < n; k++) {
                sb.insert(begin, '0');
            }
        }
    }

    private static void zeros(StringBuilder sb, int n) {
        for (int k = 0; k < n; k++) {
            sb.append('0');
        }
    }

    private void printCharacter(StringBuilder out, Object arg) {
        if (arg == null) {
            printText(out, "null");
            return;
        }
        String s;
        if (arg instanceof Character) {
            s = arg.toString();
        } else {
            int cp;
            if (arg instanceof Integer) {
                cp = ((Integer) arg).intValue();
            } else if (arg instanceof Short) {
                cp = ((Short) arg).shortValue();
            } else if (arg instanceof Byte) {
                cp = ((Byte) arg).byteValue();
            } else {
                failConversion(arg);
                return;
            }
            if (cp < 0 || cp > 0x10FFFF) {
                throw new IllegalFormatCodePointException(cp);
            }
            if (cp < 0x10000) {
                s = String.valueOf((char) cp);
            } else {
                char[] pair = {(char) (0xD800 + ((cp - 0x10000) >>> 10)), (char) (0xDC00 + (cp & 0x3FF))};
                s = String.valueOf(pair);
            }
        }
        printText(out, s);
    }

    private void printDateTime(StringBuilder out, Object arg) {
        if (arg == null) {
            printText(out, "null");
            return;
        }
        if (arg instanceof Long) {
            throw new UnsupportedOperationException("date/time formatting (%t) is not supported on the device");
        }
        failConversion(arg); // Calendar, Date and TemporalAccessor do not exist on the device
    }

    private void printFloat(StringBuilder out, Object arg) {
        if (arg == null) {
            printText(out, "null");
            return;
        }
        long bits;
        if (arg instanceof Double d) {
            bits = Double.doubleToRawLongBits(d.doubleValue());
        } else if (arg instanceof Float f) {
            // the JDK prints a float as the double it widens to
            bits = Double.doubleToRawLongBits(f.floatValue());
        } else {
            failConversion(arg); // BigDecimal is not on the device
            return;
        }
        formatFloating(out, bits, conversion, flags, width, precision);
    }

    /**
     * Appends the double whose IEEE 754 bits are {@code bits} as the JDK's Formatter prints it for
     * {@code conversion} ('e', 'f', 'g' or 'a'; UPPER in {@code flags} for E, G, A), with the
     * flags, width (-1: none) and precision (-1: the default) already checked (they are this
     * specifier's). NaN is "NaN"/"NAN" with no sign; an infinity is "Infinity" with the sign rules
     * of leadingSign and ')' after it in parentheses; -0.0 is negative. Then appendJustified.
     */
    void formatFloating(StringBuilder out, long bits, char conversion, int flags, int width, int precision) {
        StringBuilder sb = new StringBuilder();
        boolean upper = (flags & UPPER) != 0;
        long magnitude = bits & 0x7FFFFFFFFFFFFFFFL;
        if (magnitude > 0x7FF0000000000000L) {
            sb.append(upper ? "NAN" : "NaN");
        } else {
            boolean negative = bits < 0;
            leadingSign(sb, negative);
            if (magnitude == 0x7FF0000000000000L) {
                sb.append(upper ? "INFINITY" : "Infinity");
            } else if (conversion == 'a') {
                hexFloat(sb, magnitude, upper, flags, width, precision, negative);
            } else {
                decimalFloat(sb, magnitude, conversion, upper, flags, width, precision, negative);
            }
            if (negative && (flags & PARENTHESES) != 0) {
                sb.append(')');
            }
        }
        appendJustified(out, sb);
    }

    // ---- %e %f %g -----------------------------------------------------------------------------------

    /** The significant decimal digits being printed, '0'..'9'; digits[0] is '0' only for zero. */
    private char[] digits;
    /** How many of {@link #digits} are in use (at least one). */
    private int count;
    /** The power of ten of digits[0]: the value is d0.d1d2... 10^pointExponent (0 for zero). */
    private int pointExponent;

    /**
     * %e, %f, %g of a finite magnitude: the shortest decimal rounded half-up to the digits asked,
     * laid out with zeros up to the precision, then grouped and zero-padded by appendMagnitude.
     */
    private void decimalFloat(StringBuilder sb, long magnitude, char conversion, boolean upper, int flags, int width,
            int precision, boolean negative) {
        split(magnitude);
        StringBuilder mant = new StringBuilder();
        boolean scientific = false;
        if (conversion == 'g') {
            int prec = precision == -1 ? 6 : precision == 0 ? 1 : precision;
            round(prec);
            if (pointExponent >= -4 && pointExponent < prec) {
                plain(mant, prec - pointExponent - 1);
            } else {
                scientific(mant, prec - 1);
                scientific = true;
            }
        } else {
            int prec = precision == -1 ? 6 : precision;
            if (conversion == 'f') {
                round((long) pointExponent + 1 + prec);
                plain(mant, prec);
            } else {
                round((long) prec + 1);
                scientific(mant, prec);
                scientific = true;
            }
            if (prec == 0 && (flags & ALTERNATE) != 0) {
                mant.append('.');
            }
        }
        String exponent = null;
        int w = width;
        if (scientific) {
            StringBuilder e = new StringBuilder();
            int x = pointExponent;
            e.append(x < 0 ? '-' : '+');
            if (x < 0) {
                x = -x;
            }
            if (x < 10) {
                e.append('0');
            }
            e.append(x);
            exponent = e.toString();
            if (width != -1) {
                w = width - exponent.length() - 1;
            }
        }
        // the JDK's adjustWidth: one less for the ')' (but -1 stays "no width")
        if (w != -1 && negative && (flags & PARENTHESES) != 0) {
            w--;
        }
        appendMagnitude(sb, mant.toString(), 0, w);
        if (exponent != null) {
            sb.append(upper ? 'E' : 'e');
            sb.append(exponent);
        }
    }

    /**
     * Reads the digits and exponent of the shortest decimal of a finite non-negative double out of
     * Double.toString's text ("123.45", "0.00123", "1.0E-5") into digits, count, pointExponent,
     * without leading or trailing zeros.
     */
    private void split(long magnitude) {
        char[] text = new char[FloatToDecimal.MAX_DOUBLE_CHARS];
        int end = FloatToDecimal.appendDouble(magnitude, text, 0);
        digits = new char[FloatToDecimal.MAX_DOUBLE_CHARS];
        count = 0;
        int whole = 0; // digits before the '.'
        int seen = 0; // digits so far, leading zeros included
        int skipped = 0; // leading zeros
        int exp10 = 0;
        for (int i = 0; i < end; i++) {
            char c = text[i];
            if (c == '.') {
                whole = seen;
            } else if (c == 'E') {
                boolean minus = text[i + 1] == '-';
                for (int j = minus ? i + 2 : i + 1; j < end; j++) {
                    exp10 = exp10 * 10 + (text[j] - '0');
                }
                if (minus) {
                    exp10 = -exp10;
                }
                break;
            } else {
                seen++;
                if (count == 0 && c == '0') {
                    skipped++;
                } else {
                    digits[count++] = c;
                }
            }
        }
        while (count > 0 && digits[count - 1] == '0') {
            count--;
        }
        if (count == 0) {
            setZero();
        } else {
            pointExponent = whole + exp10 - 1 - skipped;
        }
    }

    private void setZero() {
        digits[0] = '0';
        count = 1;
        pointExponent = 0;
    }

    /**
     * Keeps the first {@code keep} significant digits, rounding half-up on the next one (a carry
     * out of the first digit makes "1" one power of ten higher); fewer than one digit left rounds
     * to zero or to the next power of ten, as the JDK's FormattedFPDecimal does.
     */
    private void round(long keep) {
        if (digits[0] == '0' || keep >= count) {
            return;
        }
        if (keep < 0) {
            setZero();
            return;
        }
        int k = (int) keep;
        boolean up = digits[k] >= '5';
        if (k == 0) {
            if (up) {
                digits[0] = '1';
                count = 1;
                pointExponent++;
            } else {
                setZero();
            }
            return;
        }
        count = k;
        if (up) {
            int i = k - 1;
            while (i >= 0 && digits[i] == '9') {
                i--;
            }
            if (i < 0) {
                digits[0] = '1';
                count = 1;
                pointExponent++;
            } else {
                digits[i]++;
                count = i + 1;
            }
        }
    }

    /** The digits in plain notation with exactly {@code fraction} digits after a '.' (none: no '.'). */
    private void plain(StringBuilder mant, int fraction) {
        if (pointExponent < 0) {
            mant.append('0');
        } else {
            for (int i = 0; i <= pointExponent; i++) {
                mant.append(i < count ? digits[i] : '0');
            }
        }
        if (fraction > 0) {
            mant.append('.');
            for (int j = 1; j <= fraction; j++) {
                int i = pointExponent + j;
                mant.append(i >= 0 && i < count ? digits[i] : '0');
            }
        }
    }

    /** The digits as d.ddd with exactly {@code fraction} digits after the '.' (none: no '.'). */
    private void scientific(StringBuilder mant, int fraction) {
        mant.append(digits[0]);
        if (fraction > 0) {
            mant.append('.');
            for (int j = 1; j <= fraction; j++) {
                mant.append(j < count ? digits[j] : '0');
            }
        }
    }

    // ---- %a -----------------------------------------------------------------------------------------

    /**
     * %a of a finite magnitude: Double.toHexString's form (subnormals as 0x0.<13 digits>p-1022), or
     * with a precision of 1 to 12 hex digits the significand normalised (subnormals too) and rounded
     * half-even to that many digits. Zero padding follows the JDK's count, which measures the
     * digits before they are padded to the precision.
     */
    private void hexFloat(StringBuilder sb, long magnitude, boolean upper, int flags, int width, int precision,
            boolean negative) {
        int prec = precision == -1 ? 0 : precision == 0 ? 1 : precision;
        int biased = (int) (magnitude >>> 52);
        long fraction = magnitude & 0xFFFFFFFFFFFFFL;
        int exponent;
        char lead = '1';
        if (magnitude == 0) {
            lead = '0';
            exponent = 0;
        } else if (prec == 0 || prec >= 13) {
            if (biased == 0) {
                lead = '0';
                exponent = -1022;
            } else {
                exponent = biased - 1023;
            }
        } else {
            if (biased == 0) {
                exponent = -1022;
                while ((fraction & (1L << 52)) == 0) {
                    fraction <<= 1;
                    exponent--;
                }
                fraction &= 0xFFFFFFFFFFFFFL;
            } else {
                exponent = biased - 1023;
            }
            int bitsKept = 4 * prec;
            int drop = 52 - bitsKept;
            long kept = fraction >>> drop;
            long rest = fraction & ((1L << drop) - 1);
            long half = 1L << (drop - 1);
            if (rest > half || (rest == half && (kept & 1) != 0)) {
                kept++;
                if ((kept >>> bitsKept) != 0) {
                    kept = 0;
                    exponent++;
                }
            }
            fraction = kept << drop;
        }
        // the hex digits of the fraction, trailing zeros dropped but at least one
        int last = 0;
        for (int i = 12; i > 0; i--) {
            if (((fraction >>> (4 * (12 - i))) & 0xF) != 0) {
                last = i;
                break;
            }
        }
        String exp = Integer.toString(exponent);
        sb.append(upper ? "0X" : "0x");
        if ((flags & ZERO) != 0) {
            int leading = (flags & (SPACE | PLUS)) != 0 || negative ? 3 : 2;
            zeros(sb, width - (2 + last + 1 + 1 + exp.length()) - leading);
        }
        sb.append(lead).append('.');
        for (int i = 0; i <= last; i++) {
            int d = (int) (fraction >>> (4 * (12 - i))) & 0xF;
            sb.append((char) (d < 10 ? '0' + d : (upper ? 'A' : 'a') + d - 10));
        }
        if (prec != 0) {
            zeros(sb, prec - (last + 1));
        }
        sb.append(upper ? 'P' : 'p');
        sb.append(exp);
    }
}
