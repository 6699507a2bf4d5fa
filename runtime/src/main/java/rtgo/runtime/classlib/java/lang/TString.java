package rtgo.runtime.classlib.java.lang;

import rtgo.runtime.Format;
import rtgo.runtime.Heap;
import rtgo.runtime.MemCopy;
import rtgo.runtime.StringConcat;
import rtgo.runtime.Throw;
import rtgo.vm.Address;
import rtgo.vm.Mem;
import rtgo.vm.abi.ObjectLayout;
import rtgo.vm.abi.SymbolNames;

/*
 * TString: the instance methods of java.lang.String that the device supports, each as a static
 * method taking the receiver first (docs/abi.md, "Class library substitution").
 *
 * Design note. A String is laid out like a char[] ([descriptor][length][UTF-16 units from offset
 * 8], docs/abi.md "Objects"), so these read the object directly. The receiver arrives as an
 * ordinary argument, so the null check the JVM performs on invokevirtual is done here: reading
 * through address 0 would not fault on the RP2040 (it is the boot ROM) but return garbage.
 * charAt reports an index outside the string with the JDK 21+ text ("Index 7 out of bounds for
 * length 3"), through Throw.stringIndex.
 *
 * The rest follows java.lang.String of JDK 21+ (checked against 25) in everything a program can
 * observe: the results, the exception reports (substring's "Range [2, 1) out of bounds for length
 * 3"), the helpful NullPointerException texts of a null argument (which name the JDK's own
 * parameters, "because \"prefix\" is null"), and identity: a method returns the receiver itself
 * where the JDK does (substring of the whole string, trim/strip/toLowerCase with nothing to change,
 * concat(""), repeat(1)), the literal "" where it does (an empty substring, trim of blanks,
 * repeat(0)), and a new String elsewhere (valueOf(char[]) and join, even when empty).
 *
 * Case: toUpperCase/toLowerCase/equalsIgnoreCase/compareToIgnoreCase know what TCharacter knows
 * (Latin-1, and every char or code point without a case), with the JDK's root-locale answers
 * ("\u00DF".toUpperCase() is "SS", U+00B5 becomes U+039C, U+00FF becomes U+0178); a char of a
 * cased script beyond Latin-1 (Greek, Cyrillic...) is a panic naming the method, and for the
 * comparisons only a pair of differing chars needs a mapping. The JDK's default-locale methods
 * would differ under a Turkish, Azeri or Lithuanian locale; the device has none.
 *
 * Not here: intern() (it would need the extent of the literals in flash, which the transpiler
 * does not publish yet), the String constructors (new of a JDK class that is not a whole-class
 * substitute), and methods taking CharSequence other than contains/join, whose argument must be a
 * String or an object whose toString() gives the text.
 */
public final class TString {
    private TString() {}

    /** Offset of the length word and of the first UTF-16 unit. */
    private static final int LENGTH_OFFSET = ObjectLayout.LENGTH;
    private static final int CHARS_OFFSET = ObjectLayout.ARRAY_DATA;

    public static int length(String self) {
        if (self == null) {
            Throw.nullPointer();
            return 0;
        }
        return Mem.load32(Address.of(self) + LENGTH_OFFSET);
    }

    public static boolean isEmpty(String self) {
        return length(self) == 0;
    }

    /** The String's own slot 0 of its descriptor's virtual table: a String is its own string. */
    public static String toString(String self) {
        length(self); // the null check
        return self;
    }

    /** s[0]*31^(n-1) + ... + s[n-1], as java.lang.String defines it. */
    public static int hashCode(String self) {
        int n = length(self);
        int address = Address.of(self);
        int h = 0;
        for (int i = 0; i < n; i++) {
            h = 31 * h + Mem.load16(address + CHARS_OFFSET + 2 * i);
        }
        return h;
    }

    public static boolean equals(String self, Object other) {
        int n = length(self);
        if (other == null) {
            return false;
        }
        int a = Address.of(self);
        int b = Address.of(other);
        if (a == b) {
            return true;
        }
        if (Mem.load32(b + ObjectLayout.DESCRIPTOR) != Mem.load32(a + ObjectLayout.DESCRIPTOR)
                || Mem.load32(b + LENGTH_OFFSET) != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (Mem.load16(a + CHARS_OFFSET + 2 * i) != Mem.load16(b + CHARS_OFFSET + 2 * i)) {
                return false;
            }
        }
        return true;
    }

    public static String valueOf(char c) {
        StringConcat.begin();
        StringConcat.appendChar(c);
        return StringConcat.end();
    }

    public static String valueOf(int i) {
        return Integer.toString(i);
    }

    public static String valueOf(long l) {
        StringConcat.begin();
        StringConcat.appendLong(l);
        return StringConcat.end();
    }

    public static String valueOf(float f) {
        return rtgo.runtime.FloatToDecimal.floatToString(Float.floatToRawIntBits(f));
    }

    public static String valueOf(double d) {
        return rtgo.runtime.FloatToDecimal.doubleToString(Double.doubleToRawLongBits(d));
    }

    public static String valueOf(boolean b) {
        return b ? "true" : "false";
    }

    /** String.valueOf(Object): "null", or the object's toString(). */
    /** {@code o instanceof CharSequence} (the transpiler calls this): a String or a StringBuilder. */
    public static boolean isCharSequence(Object o) {
        return o instanceof String || o instanceof StringBuilder;
    }

    /** {@code (CharSequence) o}: a ClassCastException unless null, a String or a StringBuilder. */
    public static void checkCharSequence(Object o) {
        if (o != null && !isCharSequence(o)) {
            throw new ClassCastException("class " + TClass.getName(o.getClass())
                    + " cannot be cast to class java.lang.CharSequence");
        }
    }

    public static String valueOf(Object o) {
        if (o == null) {
            return "null";
        }
        // a Class is a type descriptor on the device, which has no virtual table of its own
        return TClass.isClass(o) ? TClass.toString((Class<?>) Address.toRef(Address.of(o))) : o.toString();
    }

    public static char charAt(String self, int index) {
        if (self == null) {
            Throw.nullPointer();
            return 0;
        }
        int length = Mem.load32(Address.of(self) + LENGTH_OFFSET); // length(self) without the call
        if (index < 0 || index >= length) {
            Throw.stringIndex(index, length);
            return 0;
        }
        return (char) Mem.load16(Address.of(self) + CHARS_OFFSET + 2 * index);
    }

    // ---- comparison ---------------------------------------------------------------------------

    /** The difference of the first differing chars, else of the lengths. */
    public static int compareTo(String self, String other) {
        int n1 = length(self);
        if (other == null) {
            Throw.nullPointer("Cannot read field \"value\" because \"anotherString\" is null");
        }
        int n2 = length(other);
        int a = Address.of(self);
        int b = Address.of(other);
        int n = n1 < n2 ? n1 : n2;
        for (int i = 0; i < n; i++) {
            int c1 = unit(a, i);
            int c2 = unit(b, i);
            if (c1 != c2) {
                return c1 - c2;
            }
        }
        return n1 - n2;
    }

    /** Equal lengths and each pair of chars equal after toUpperCase, or after toLowerCase of that. */
    public static boolean equalsIgnoreCase(String self, String other) {
        int n = length(self);
        if (self == other) {
            return true;
        }
        if (other == null || length(other) != n) {
            return false;
        }
        return regionMatches("String.equalsIgnoreCase", self, true, 0, other, 0, n);
    }

    /** String.CASE_INSENSITIVE_ORDER: compareTo on chars folded by toUpperCase, then toLowerCase. */
    public static int compareToIgnoreCase(String self, String other) {
        int n1 = length(self);
        if (other == null) {
            Throw.nullPointer("Cannot read field \"value\" because \"s2\" is null");
        }
        return compareIgnoringCase("String.compareToIgnoreCase", self, 0, n1, other, 0, length(other));
    }

    /** Whether self[toffset, toffset + len) equals other[ooffset, ooffset + len). */
    public static boolean regionMatches(String self, int toffset, String other, int ooffset, int len) {
        return regionMatches("String.regionMatches", self, false, toffset, other, ooffset, len);
    }

    /** As above, comparing chars as equalsIgnoreCase does when {@code ignoreCase}. */
    public static boolean regionMatches(String self, boolean ignoreCase, int toffset, String other, int ooffset, int len) {
        return regionMatches("String.regionMatches", self, ignoreCase, toffset, other, ooffset, len);
    }

    /** regionMatches; {@code method} names the caller in a panic about case. */
    private static boolean regionMatches(String method, String self, boolean ignoreCase, int toffset, String other,
                                         int ooffset, int len) {
        int n1 = length(self);
        // the JDK's order of tests: a region outside self is false before a null other is noticed
        if (ooffset < 0 || toffset < 0 || beyond(toffset, len, n1)) {
            return false;
        }
        if (other == null) {
            Throw.nullPointer("Cannot invoke \"String.length()\" because \"other\" is null");
        }
        if (beyond(ooffset, len, length(other))) {
            return false;
        }
        if (ignoreCase) {
            return compareIgnoringCase(method, self, toffset, len, other, ooffset, len) == 0;
        }
        int a = Address.of(self);
        int b = Address.of(other);
        for (int i = 0; i < len; i++) {
            if (unit(a, toffset + i) != unit(b, ooffset + i)) {
                return false;
            }
        }
        return true;
    }

    /** offset + len > length without overflow (the JDK compares as long); offset >= 0, length >= 0. */
    private static boolean beyond(int offset, int len, int length) {
        return len >= 0 ? offset > length - len : offset + len > length;
    }

    /**
     * The JDK's case-insensitive comparison of a[t, t + tlen) with b[o, o + olen). The JDK keeps a
     * String in Latin-1 or in UTF-16 and compares differently: when either string is Latin-1 (all
     * its chars <= U+00FF), char by char; when both are UTF-16, code point by code point, pairing
     * a differing surrogate with its neighbour (StringUTF16.compareToCIImpl, followed here step by
     * step, including its uneven advance when only one side forms a pair).
     */
    private static int compareIgnoringCase(String method, String a, int t, int tlen, String b, int o, int olen) {
        int pa = Address.of(a);
        int pb = Address.of(b);
        if (isLatin1(a) || isLatin1(b)) {
            int n = tlen < olen ? tlen : olen;
            for (int k = 0; k < n; k++) {
                int c1 = unit(pa, t + k);
                int c2 = unit(pb, o + k);
                if (c1 != c2) {
                    int diff = compareCodePointIgnoringCase(method, c1, c2);
                    if (diff != 0) {
                        return diff;
                    }
                }
            }
            return tlen - olen;
        }
        int tlast = t + tlen;
        int olast = o + olen;
        for (int k1 = t, k2 = o; k1 < tlast && k2 < olast; k1++, k2++) {
            int cp1 = unit(pa, k1);
            int cp2 = unit(pb, k2);
            if (cp1 == cp2 || compareCodePointIgnoringCase(method, cp1, cp2) == 0) {
                continue;
            }
            cp1 = codePointIncluding(pa, cp1, k1, t, tlast);
            if (cp1 < 0) {
                k1++;
                cp1 = -cp1;
            }
            cp2 = codePointIncluding(pb, cp2, k2, o, olast);
            if (cp2 < 0) {
                k2++;
                cp2 = -cp2;
            }
            int diff = compareCodePointIgnoringCase(method, cp1, cp2);
            if (diff != 0) {
                return diff;
            }
        }
        return tlen - olen;
    }

    /** 0 when equal after toUpperCase, or after toLowerCase of that; else the difference of the latter. */
    private static int compareCodePointIgnoringCase(String method, int c1, int c2) {
        c1 = TCharacter.toUpperCase(method, c1);
        c2 = TCharacter.toUpperCase(method, c2);
        if (c1 != c2) {
            c1 = TCharacter.toLowerCase(method, c1);
            c2 = TCharacter.toLowerCase(method, c2);
            if (c1 != c2) {
                return c1 - c2;
            }
        }
        return 0;
    }

    /**
     * The unit {@code c} at {@code index}, or when it is a surrogate with its partner inside
     * [start, end), the code point of the pair: negated when {@code c} is the high surrogate.
     */
    private static int codePointIncluding(int address, int c, int index, int start, int end) {
        if (isLowSurrogate(c)) {
            if (index > start && isHighSurrogate(unit(address, index - 1))) {
                return codePoint(unit(address, index - 1), c);
            }
        } else if (isHighSurrogate(c) && index + 1 < end && isLowSurrogate(unit(address, index + 1))) {
            return -codePoint(c, unit(address, index + 1));
        }
        return c;
    }

    /** Whether every char is <= U+00FF: the JDK would store the String as Latin-1. */
    private static boolean isLatin1(String s) {
        int n = length(s);
        int a = Address.of(s);
        for (int i = 0; i < n; i++) {
            if (unit(a, i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHighSurrogate(int c) {
        return c >= 0xD800 && c <= 0xDBFF;
    }

    private static boolean isLowSurrogate(int c) {
        return c >= 0xDC00 && c <= 0xDFFF;
    }

    private static int codePoint(int high, int low) {
        return ((high - 0xD800) << 10) + (low - 0xDC00) + 0x10000;
    }

    // ---- searching ----------------------------------------------------------------------------

    public static int indexOf(String self, int ch) {
        return indexOf(self, ch, 0);
    }

    /**
     * The first index at or after {@code from} (clamped to the string) of the code point
     * {@code ch}: one char, or a surrogate pair for a supplementary code point; -1 if none.
     */
    public static int indexOf(String self, int ch, int from) {
        int n = length(self);
        int a = Address.of(self);
        if (from < 0) {
            from = 0;
        }
        if (ch >= 0 && ch < 0x10000) {
            for (int i = from; i < n; i++) {
                if (unit(a, i) == ch) {
                    return i;
                }
            }
        } else if (ch >= 0x10000 && ch <= 0x10FFFF) {
            int hi = highSurrogate(ch);
            int lo = lowSurrogate(ch);
            for (int i = from; i < n - 1; i++) {
                if (unit(a, i) == hi && unit(a, i + 1) == lo) {
                    return i;
                }
            }
        }
        return -1;
    }

    public static int lastIndexOf(String self, int ch) {
        return lastIndexOf(self, ch, length(self) - 1);
    }

    /** The last index at or before {@code from} of the code point {@code ch}; -1 if none. */
    public static int lastIndexOf(String self, int ch, int from) {
        int n = length(self);
        int a = Address.of(self);
        if (ch >= 0 && ch < 0x10000) {
            for (int i = from < n ? from : n - 1; i >= 0; i--) {
                if (unit(a, i) == ch) {
                    return i;
                }
            }
        } else if (ch >= 0x10000 && ch <= 0x10FFFF) {
            int hi = highSurrogate(ch);
            int lo = lowSurrogate(ch);
            for (int i = from < n - 2 ? from : n - 2; i >= 0; i--) {
                if (unit(a, i) == hi && unit(a, i + 1) == lo) {
                    return i;
                }
            }
        }
        return -1;
    }

    public static int indexOf(String self, String str) {
        length(self);
        if (str == null) {
            Throw.nullPointer("Cannot invoke \"String.coder()\" because \"str\" is null");
        }
        return indexOf(self, str, 0);
    }

    /** The first index at or after {@code from} (clamped to 0..length) where {@code str} occurs; -1 if none. */
    public static int indexOf(String self, String str, int from) {
        int n = length(self);
        if (str == null) {
            Throw.nullPointer("Cannot invoke \"String.length()\" because \"tgtStr\" is null");
        }
        int m = length(str);
        if (from < 0) {
            from = 0;
        }
        if (from >= n) {
            return m == 0 ? n : -1;
        }
        for (int i = from; i <= n - m; i++) {
            if (matchesAt(self, i, str, m)) {
                return i;
            }
        }
        return -1;
    }

    public static int lastIndexOf(String self, String str) {
        return lastIndexOf(self, str, length(self));
    }

    /** The last index at or before {@code from} (clamped to length - str.length()) where {@code str} occurs; -1 if none. */
    public static int lastIndexOf(String self, String str, int from) {
        int n = length(self);
        if (str == null) {
            Throw.nullPointer("Cannot read field \"value\" because \"tgtStr\" is null");
        }
        int m = length(str);
        if (from > n - m) {
            from = n - m;
        }
        for (int i = from; i >= 0; i--) {
            if (matchesAt(self, i, str, m)) {
                return i;
            }
        }
        return -1;
    }

    /** indexOf(s.toString()) >= 0; a String's toString() is itself. */
    public static boolean contains(String self, CharSequence s) {
        length(self);
        if (s == null) {
            Throw.nullPointer("Cannot invoke \"java.lang.CharSequence.toString()\" because \"s\" is null");
        }
        return indexOf(self, ((Object) s).toString(), 0) >= 0;
    }

    public static boolean startsWith(String self, String prefix) {
        return startsWith(self, prefix, 0);
    }

    /** Whether {@code prefix} occurs at {@code offset}; false for an offset outside the string. */
    public static boolean startsWith(String self, String prefix, int offset) {
        int n = length(self);
        if (prefix == null) {
            Throw.nullPointer("Cannot invoke \"String.length()\" because \"prefix\" is null");
        }
        int m = length(prefix);
        if (offset < 0 || offset > n - m) {
            return false;
        }
        return matchesAt(self, offset, prefix, m);
    }

    public static boolean endsWith(String self, String suffix) {
        int n = length(self);
        if (suffix == null) {
            Throw.nullPointer("Cannot invoke \"String.length()\" because \"suffix\" is null");
        }
        return startsWith(self, suffix, n - length(suffix));
    }

    /** Whether the first {@code m} chars of {@code str} equal self[at, at + m) (which is inside self). */
    private static boolean matchesAt(String self, int at, String str, int m) {
        int a = Address.of(self);
        int b = Address.of(str);
        for (int k = 0; k < m; k++) {
            if (unit(a, at + k) != unit(b, k)) {
                return false;
            }
        }
        return true;
    }

    private static int highSurrogate(int codePoint) {
        return 0xD800 - (0x10000 >>> 10) + (codePoint >>> 10);
    }

    private static int lowSurrogate(int codePoint) {
        return 0xDC00 + (codePoint & 0x3FF);
    }

    // ---- new strings --------------------------------------------------------------------------

    public static String substring(String self, int begin) {
        return substring(self, begin, length(self));
    }

    /** split(regex, 0): see {@link #split(String, String, int)}. */
    public static String[] split(String self, String regex) {
        return split(self, regex, 0);
    }

    /**
     * String.split on a regular expression of one literal character ("," or "\\." and the like),
     * as the JDK's own fast path does it: no regular expressions on the device, so any other
     * pattern throws UnsupportedOperationException. Limit and trailing empty strings as the JDK.
     */
    public static String[] split(String self, String regex, int limit) {
        int ch = literalChar(regex);
        if (ch < 0) {
            throw new UnsupportedOperationException("regular expressions are not supported on the device: split(\""
                    + regex + "\"); split on one literal character works");
        }
        int n = length(self);
        boolean limited = limit > 0;
        int pieces = 0; // separators taken
        int off = 0;
        int next;
        while ((next = indexOf(self, ch, off)) != -1 && (!limited || pieces < limit - 1)) {
            pieces++;
            off = next + 1;
        }
        if (off == 0) {
            return new String[] {self};
        }
        int[] ends = new int[pieces + 1]; // each piece's end (exclusive); the next starts after it
        off = 0;
        for (int k = 0; k < pieces; k++) {
            ends[k] = indexOf(self, ch, off);
            off = ends[k] + 1;
        }
        ends[pieces] = n;
        int total = pieces + 1;
        if (limit == 0) {
            while (total > 0 && ends[total - 1] == (total - 1 == 0 ? 0 : ends[total - 2] + 1)) {
                total--; // trailing empty strings are dropped
            }
        }
        String[] out = new String[total];
        for (int k = 0; k < total; k++) {
            out[k] = substring(self, k == 0 ? 0 : ends[k - 1] + 1, ends[k]);
        }
        return out;
    }

    /** The character a one-character regular expression matches literally, or -1. */
    private static int literalChar(String regex) {
        int n = length(regex);
        if (n == 1 && ".$|()[{^?*+\\".indexOf(charAt(regex, 0)) < 0) {
            return charAt(regex, 0);
        }
        if (n == 2 && charAt(regex, 0) == '\\') {
            char c = charAt(regex, 1);
            boolean letterOrDigit = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!letterOrDigit && c < 0x80) {
                return c;
            }
        }
        return -1;
    }

    /** self[begin, end): the receiver itself for all of it, the literal "" for none of it. */
    public static String substring(String self, int begin, int end) {
        int n = length(self);
        if (begin < 0 || begin > end || end > n) {
            Throw.stringRange(begin, end, n);
        }
        if (begin == 0 && end == n) {
            return self;
        }
        return copy(self, begin, end);
    }

    /** A new String of self[begin, end), or the literal "" when that is empty. */
    private static String copy(String self, int begin, int end) {
        if (begin == end) {
            return "";
        }
        int a = Address.of(self);
        int string = Heap.allocStringFilled(end - begin);
        MemCopy.forward(a + CHARS_OFFSET + 2 * begin, string + CHARS_OFFSET, 2 * (end - begin));
        return (String) Address.toRef(string);
    }

    /** self followed by str; self itself when str is empty, a new String otherwise. */
    public static String concat(String self, String str) {
        int n = length(self);
        if (str == null) {
            Throw.nullPointer("Cannot invoke \"String.isEmpty()\" because \"str\" is null");
        }
        int m = length(str);
        if (m == 0) {
            return self;
        }
        int string = Heap.allocStringFilled(n + m);
        put(string, put(string, 0, self), str);
        return (String) Address.toRef(string);
    }

    /**
     * {@code count} copies of self. The JDK sizes the result in bytes, two per char once a char
     * is above U+00FF, and refuses a result over Integer.MAX_VALUE bytes before allocating.
     */
    public static String repeat(String self, int count) {
        int n = length(self);
        if (count < 0) {
            Throw.illegalArgument("count is negative: " + count);
        }
        if (count == 1) {
            return self;
        }
        if (n == 0 || count == 0) {
            return "";
        }
        int a = Address.of(self);
        int bytes = n;
        for (int i = 0; i < n; i++) {
            if (unit(a, i) > 0xFF) {
                bytes = 2 * n;
                break;
            }
        }
        if (Integer.MAX_VALUE / count < bytes) {
            Throw.outOfMemory("Required length exceeds implementation limit");
        }
        int string = Heap.allocString(n * count);
        int k = 0;
        for (int r = 0; r < count; r++) {
            k = put(string, k, self);
        }
        return (String) Address.toRef(string);
    }

    /** Without the chars <= ' ' at both ends; self when there are none, "" when nothing is left. */
    /** Every {@code oldChar} replaced by {@code newChar}; the receiver itself when none occurs (as the JDK). */
    public static String replace(String self, char oldChar, char newChar) {
        int n = length(self);
        int a = Address.of(self);
        int first = 0;
        while (first < n && unit(a, first) != oldChar) {
            first++;
        }
        if (first == n || oldChar == newChar) {
            return self;
        }
        int string = Heap.allocString(n);
        a = Address.of(self);
        for (int i = 0; i < n; i++) {
            int c = unit(a, i);
            Mem.store16(string + CHARS_OFFSET + 2 * i, c == oldChar ? newChar : c);
        }
        return (String) Address.toRef(string);
    }

    public static String trim(String self) {
        int n = length(self);
        int a = Address.of(self);
        int begin = 0;
        while (begin < n && unit(a, begin) <= ' ') {
            begin++;
        }
        int end = n;
        while (end > begin && unit(a, end - 1) <= ' ') {
            end--;
        }
        return begin == 0 && end == n ? self : copy(self, begin, end);
    }

    /** Without the Character.isWhitespace chars at both ends; "" when nothing is left (even from ""), else as trim. */
    public static String strip(String self) {
        int n = length(self);
        int begin = leadingWhitespace(self, n);
        if (begin == n) {
            return "";
        }
        int end = n - trailingWhitespace(self, n);
        return begin == 0 && end == n ? self : copy(self, begin, end);
    }

    public static String stripLeading(String self) {
        int n = length(self);
        int begin = leadingWhitespace(self, n);
        return begin == 0 ? self : copy(self, begin, n);
    }

    public static String stripTrailing(String self) {
        int n = length(self);
        int end = n - trailingWhitespace(self, n);
        return end == n ? self : copy(self, 0, end);
    }

    /** Whether every char is Character.isWhitespace (true when empty). */
    public static boolean isBlank(String self) {
        int n = length(self);
        return leadingWhitespace(self, n) == n;
    }

    private static int leadingWhitespace(String self, int n) {
        int a = Address.of(self);
        int i = 0;
        while (i < n && TCharacter.isWhitespace((char) unit(a, i))) {
            i++;
        }
        return i;
    }

    private static int trailingWhitespace(String self, int n) {
        int a = Address.of(self);
        int i = 0;
        while (i < n && TCharacter.isWhitespace((char) unit(a, n - 1 - i))) {
            i++;
        }
        return i;
    }

    /**
     * Character.toUpperCase of each char, but U+00DF becomes "SS" (the one char whose uppercase
     * is two that this class knows of). Self when no char changes and none is a surrogate, as the
     * JDK: a surrogate sends it down its code point path, which always builds a new String.
     */
    public static String toUpperCase(String self) {
        return changeCase(self, true);
    }

    /** Character.toLowerCase of each char, with toUpperCase's rule for returning self. */
    public static String toLowerCase(String self) {
        return changeCase(self, false);
    }

    private static String changeCase(String self, boolean upper) {
        String method = upper ? "String.toUpperCase" : "String.toLowerCase";
        int n = length(self);
        int a = Address.of(self);
        int first = 0;
        while (first < n) {
            int c = unit(a, first);
            if (c >= 0xD800 && c <= 0xDFFF || c == 0xDF && upper || mapCase(method, upper, c) != c) {
                break;
            }
            first++;
        }
        if (first == n) {
            return self;
        }
        int extra = 0; // one more char for each U+00DF
        for (int i = first; i < n && upper; i++) {
            if (unit(a, i) == 0xDF) {
                extra++;
            }
        }
        int string = Heap.allocString(n + extra);
        int k = 0;
        for (int i = 0; i < n; i++) {
            int c = unit(a, i);
            if (isHighSurrogate(c) && i + 1 < n && isLowSurrogate(unit(a, i + 1))) {
                // a pair: the code point must have no case, and stays as it is
                mapCase(method, upper, codePoint(c, unit(a, i + 1)));
                Mem.store16(string + CHARS_OFFSET + 2 * k, c);
                k++;
                i++;
                c = unit(a, i);
            } else if (c == 0xDF && upper) {
                Mem.store16(string + CHARS_OFFSET + 2 * k, 'S');
                k++;
                c = 'S';
            } else {
                c = mapCase(method, upper, c);
            }
            Mem.store16(string + CHARS_OFFSET + 2 * k, c);
            k++;
        }
        return (String) Address.toRef(string);
    }

    private static int mapCase(String method, boolean upper, int c) {
        return upper ? TCharacter.toUpperCase(method, c) : TCharacter.toLowerCase(method, c);
    }

    /** A new char[] holding the chars. */
    public static char[] toCharArray(String self) {
        int n = length(self);
        int a = Address.of(self);
        char[] chars = new char[n];
        for (int i = 0; i < n; i++) {
            chars[i] = (char) unit(a, i);
        }
        return chars;
    }

    /** A new String of the chars (new String(data)). */
    public static String valueOf(char[] data) {
        if (data == null) {
            Throw.nullPointer("Cannot read the array length because \"value\" is null");
        }
        return valueOf(data, 0, data.length);
    }

    /** A new String of data[offset, offset + count), even when empty. */
    public static String valueOf(char[] data, int offset, int count) {
        if (data == null) {
            Throw.nullPointer("Cannot read the array length because \"value\" is null");
        }
        if (offset < 0 || count < 0 || offset > data.length - count) {
            Throw.stringRangeCount(offset, count, data.length);
        }
        int string = Heap.allocString(count);
        MemCopy.forward(Address.of(data) + ObjectLayout.ARRAY_DATA + 2 * offset, string + CHARS_OFFSET, 2 * count);
        return (String) Address.toRef(string);
    }

    /** Strings interned that are no literal: grown as needed, filled from 0 to poolSize. */
    private static String[] pool;
    private static int poolSize;

    /**
     * The canonical String with this text: the literal, when the program has one (literals are
     * unique per text, between the linker symbols around them), else the first String interned with
     * it, which this call makes canonical if there is none yet.
     */
    public static String intern(String self) {
        int n = length(self);
        int a = Address.of(self);
        int start = Address.symbol(SymbolNames.STRINGS_START);
        int end = Address.symbol(SymbolNames.STRINGS_END);
        if (a >= start && a < end) {
            return self;
        }
        for (int lit = start; lit < end; lit += (CHARS_OFFSET + 2 * Mem.load32(lit + LENGTH_OFFSET) + 3) & -4) {
            if (Mem.load32(lit + LENGTH_OFFSET) == n && sameUnits(a, lit, n)) {
                return (String) Address.toRef(lit);
            }
        }
        for (int i = 0; i < poolSize; i++) {
            if (equals(pool[i], self)) {
                return pool[i];
            }
        }
        if (pool == null || poolSize == pool.length) {
            String[] grown = new String[pool == null ? 16 : pool.length * 2];
            for (int i = 0; i < poolSize; i++) {
                grown[i] = pool[i];
            }
            pool = grown;
        }
        pool[poolSize++] = self;
        return self;
    }

    private static boolean sameUnits(int a, int b, int n) {
        for (int i = 0; i < n; i++) {
            if (Mem.load16(a + CHARS_OFFSET + 2 * i) != Mem.load16(b + CHARS_OFFSET + 2 * i)) {
                return false;
            }
        }
        return true;
    }

    /** {@code new String(original)}: an equal String that is a new object. */
    public static String newString(String original) {
        int n = length(original);
        int string = Heap.allocString(n);
        MemCopy.forward(Address.of(original) + CHARS_OFFSET, string + CHARS_OFFSET, 2 * n);
        return (String) Address.toRef(string);
    }

    /** {@code new String()}: an empty String that is a new object (not the literal ""). */
    public static String newString() {
        return (String) Address.toRef(Heap.allocString(0));
    }

    public static String copyValueOf(char[] data) {
        return valueOf(data);
    }

    public static String copyValueOf(char[] data, int offset, int count) {
        return valueOf(data, offset, count);
    }

    /**
     * The elements' texts (String.valueOf of each: "null" for null) separated by the delimiter's,
     * as a new String. A varargs call creates a CharSequence[], which rtgo cannot yet; a String[]
     * passed as the array works.
     */
    /** String.join over an Iterable (a List, a Set...): each element's text, in iteration order. */
    public static String join(CharSequence delimiter, TIterable<?> elements) {
        if (delimiter == null || elements == null) {
            Throw.nullPointer();
        }
        String[] texts = new String[8];
        int n = 0;
        for (rtgo.runtime.classlib.java.util.TIterator<?> it = elements.iterator(); it.hasNext();) {
            if (n == texts.length) {
                String[] bigger = new String[2 * n];
                System.arraycopy(texts, 0, bigger, 0, n);
                texts = bigger;
            }
            texts[n++] = valueOf(it.next());
        }
        String[] exact = new String[n];
        System.arraycopy(texts, 0, exact, 0, n);
        return join(delimiter, exact);
    }

    public static String join(CharSequence delimiter, CharSequence[] elements) {
        if (delimiter == null) {
            Throw.nullPointer("Cannot invoke \"java.lang.CharSequence.toString()\" because \"delimiter\" is null");
        }
        String delim = ((Object) delimiter).toString();
        if (elements == null) {
            Throw.nullPointer("Cannot read the array length because \"elements\" is null");
        }
        // every text first: an element's toString() may itself build strings
        String[] texts = new String[elements.length];
        int total = 0;
        for (int i = 0; i < texts.length; i++) {
            texts[i] = valueOf((Object) elements[i]);
            total += length(texts[i]) + (i > 0 ? length(delim) : 0);
        }
        int string = Heap.allocString(total);
        int k = 0;
        for (int i = 0; i < texts.length; i++) {
            if (i > 0) {
                k = put(string, k, delim);
            }
            k = put(string, k, texts[i]);
        }
        return (String) Address.toRef(string);
    }

    /**
     * String.format(format, args): java.util.Formatter's language, with the JDK's texts and
     * exceptions (rtgo.runtime.Format; floating-point and date/time conversions not yet).
     */
    public static String format(String format, Object[] args) {
        return Format.format(format, args);
    }

    /** {@code self.formatted(args)}: String.format(self, args). */
    public static String formatted(String self, Object[] args) {
        return Format.format(self, args);
    }

    /** Stores the chars of {@code s} into the String at {@code string} from index {@code k}; returns the index after them. */
    private static int put(int string, int k, String s) {
        int n = length(s);
        MemCopy.forward(Address.of(s) + CHARS_OFFSET, string + CHARS_OFFSET + 2 * k, 2 * n);
        return k + n;
    }

    /** The UTF-16 unit at {@code index} of the String at {@code address}, unchecked. */
    private static int unit(int address, int index) {
        return Mem.load16(address + CHARS_OFFSET + 2 * index);
    }
}
