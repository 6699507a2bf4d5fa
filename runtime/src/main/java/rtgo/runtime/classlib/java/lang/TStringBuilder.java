package rtgo.runtime.classlib.java.lang;

import rtgo.runtime.Decimal;
import rtgo.runtime.Heap;
import rtgo.runtime.MemCopy;
import rtgo.runtime.Throw;
import rtgo.vm.Address;
import rtgo.vm.Mem;
import rtgo.vm.abi.ObjectLayout;

/*
 * TStringBuilder: java.lang.StringBuilder as a whole-class substitute (docs/abi.md, "Class library
 * substitution"): a class of its own with fields and instance methods, which the transpiler uses
 * wherever the program names java.lang.StringBuilder (new, calls, casts, arrays), and whose
 * descriptor carries the JDK name.
 *
 * Design note. UTF-16 units in a char[] that doubles when full, as the JDK's does (the JDK's Latin-1
 * compaction saves RAM for ASCII text but costs a branch per access; a Pico program's builders are
 * short-lived). Indices are checked as the JDK checks them, reporting
 * StringIndexOutOfBoundsException with JDK 21+'s texts ("Range [4, 3) out of bounds for length 3"
 * for delete, replace, insert and substring; setLength's older "String index out of range: -1").
 */
public final class TStringBuilder implements TComparable<TStringBuilder> {
    private char[] value;
    private int count;

    /**
     * StringBuilder is Comparable since JDK 11: the JDK's lexicographic order of the UTF-16 units
     * (the first difference of two units, else the difference of the lengths).
     */
    public int compareTo(TStringBuilder another) {
        char[] v = another.value;
        int n = Math.min(count, another.count);
        for (int i = 0; i < n; i++) {
            if (value[i] != v[i]) {
                return value[i] - v[i];
            }
        }
        return count - another.count;
    }

    public TStringBuilder() {
        value = new char[16];
    }

    public TStringBuilder(int capacity) {
        if (capacity < 0) {
            Throw.negativeArraySize(capacity);
        }
        value = new char[capacity];
    }

    public TStringBuilder(String str) {
        if (str == null) {
            Throw.nullPointer("Cannot invoke \"String.length()\" because \"str\" is null");
        }
        value = new char[str.length() + 16];
        append(str);
    }

    public int length() {
        return count;
    }

    public char charAt(int index) {
        check(index, count);
        return value[index];
    }

    public void setCharAt(int index, char c) {
        check(index, count);
        value[index] = c;
    }

    public void setLength(int length) {
        if (length < 0) {
            Throw.stringIndexOutOfRange(length);
        }
        reserve(length - count);
        for (int i = count; i < length; i++) {
            value[i] = 0;
        }
        count = length;
    }

    public TStringBuilder append(String s) {
        if (s == null) {
            s = "null";
        }
        int n = s.length();
        reserve(n);
        // the chars straight from the String's layout (docs/abi.md): no call per char
        int from = Address.of(s) + ObjectLayout.ARRAY_DATA;
        char[] to = value;
        int at = count;
        for (int i = 0; i < n; i++) {
            to[at + i] = (char) Mem.load16(from + 2 * i);
        }
        count += n;
        return this;
    }

    public TStringBuilder append(Object o) {
        return append(String.valueOf(o));
    }

    public TStringBuilder append(TStringBuilder sb) {
        if (sb == null) {
            return append("null");
        }
        int n = sb.count;
        reserve(n);
        for (int i = 0; i < n; i++) {
            value[count + i] = sb.value[i];
        }
        count += n;
        return this;
    }

    /** append(CharSequence): the text of its toString(), "null" for null (a String or a StringBuilder). */
    public TStringBuilder append(CharSequence s) {
        return append(String.valueOf((Object) s));
    }

    public TStringBuilder append(char[] str) {
        if (str == null) {
            Throw.nullPointer("Cannot read the array length because \"str\" is null");
        }
        reserve(str.length);
        for (int i = 0; i < str.length; i++) {
            value[count + i] = str[i];
        }
        count += str.length;
        return this;
    }

    public TStringBuilder append(char c) {
        reserve(1);
        value[count++] = c;
        return this;
    }

    public TStringBuilder append(int i) {
        // the digits straight into the buffer, as Integer.toString writes them (no String made)
        int n = Decimal.length(i);
        reserve(n);
        Decimal.getChars(i, value, count + n);
        count += n;
        return this;
    }

    public TStringBuilder append(long l) {
        int n = Decimal.length(l);
        reserve(n);
        Decimal.getChars(l, value, count + n);
        count += n;
        return this;
    }

    public TStringBuilder append(float f) {
        reserve(rtgo.runtime.FloatToDecimal.MAX_FLOAT_CHARS);
        count = rtgo.runtime.FloatToDecimal.appendFloat(Float.floatToRawIntBits(f), value, count);
        return this;
    }

    public TStringBuilder append(double d) {
        reserve(rtgo.runtime.FloatToDecimal.MAX_DOUBLE_CHARS);
        count = rtgo.runtime.FloatToDecimal.appendDouble(Double.doubleToRawLongBits(d), value, count);
        return this;
    }

    public TStringBuilder append(boolean b) {
        return append(b ? "true" : "false");
    }

    public TStringBuilder insert(int offset, String s) {
        if (offset < 0 || offset > count) {
            Throw.stringRange(offset, count, count);
        }
        if (s == null) {
            s = "null";
        }
        int n = s.length();
        reserve(n);
        for (int i = count - 1; i >= offset; i--) {
            value[i + n] = value[i];
        }
        for (int i = 0; i < n; i++) {
            value[offset + i] = s.charAt(i);
        }
        count += n;
        return this;
    }

    public TStringBuilder insert(int offset, char c) {
        return insert(offset, String.valueOf(c));
    }

    public TStringBuilder insert(int offset, int i) {
        return insert(offset, Integer.toString(i));
    }

    public TStringBuilder insert(int offset, long l) {
        return insert(offset, String.valueOf(l));
    }

    public TStringBuilder insert(int offset, float f) {
        return insert(offset, String.valueOf(f));
    }

    public TStringBuilder insert(int offset, double d) {
        return insert(offset, String.valueOf(d));
    }

    public TStringBuilder insert(int offset, boolean b) {
        return insert(offset, b ? "true" : "false");
    }

    public TStringBuilder insert(int offset, Object o) {
        return insert(offset, String.valueOf(o));
    }

    public TStringBuilder reverse() {
        // surrogate pairs keep their order, as the JDK's reverse does
        for (int i = 0, j = count - 1; i < j; i++, j--) {
            char t = value[i];
            value[i] = value[j];
            value[j] = t;
        }
        for (int i = 0; i < count - 1; i++) {
            char lo = value[i];
            char hi = value[i + 1];
            if (lo >= 0xDC00 && lo <= 0xDFFF && hi >= 0xD800 && hi <= 0xDBFF) {
                value[i] = hi;
                value[i + 1] = lo;
                i++;
            }
        }
        return this;
    }

    public TStringBuilder deleteCharAt(int index) {
        check(index, count);
        for (int i = index; i < count - 1; i++) {
            value[i] = value[i + 1];
        }
        count--;
        return this;
    }

    public TStringBuilder delete(int start, int end) {
        if (end > count) {
            end = count;
        }
        if (start < 0 || start > end) {
            Throw.stringRange(start, end, count);
        }
        int n = end - start;
        for (int i = start; i + n < count; i++) {
            value[i] = value[i + n];
        }
        count -= n;
        return this;
    }

    public TStringBuilder replace(int start, int end, String s) {
        if (end > count) {
            end = count;
        }
        if (start < 0 || start > end) {
            Throw.stringRange(start, end, count);
        }
        delete(start, end);
        return insert(start, s);
    }

    public int indexOf(String s) {
        return indexOf(s, 0);
    }

    public int indexOf(String s, int from) {
        if (s == null) {
            Throw.nullPointer("Cannot invoke \"String.length()\" because \"tgtStr\" is null");
        }
        int n = s.length();
        if (from < 0) {
            from = 0;
        }
        if (from >= count) {
            return n == 0 ? count : -1;
        }
        for (int i = from; i + n <= count; i++) {
            if (matchesAt(i, s, n)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the {@code n} chars of {@code s} stand at index {@code i}. */
    private boolean matchesAt(int i, String s, int n) {
        int k = 0;
        while (k < n && value[i + k] == s.charAt(k)) {
            k++;
        }
        return k == n;
    }

    public int lastIndexOf(String s) {
        return lastIndexOf(s, count);
    }

    /** The last index at or before {@code from} (clamped to count - s.length()) where {@code s} occurs; -1 if none. */
    public int lastIndexOf(String s, int from) {
        if (s == null) {
            Throw.nullPointer("Cannot read field \"value\" because \"tgtStr\" is null");
        }
        int n = s.length();
        if (from > count - n) {
            from = count - n;
        }
        for (int i = from; i >= 0; i--) {
            if (matchesAt(i, s, n)) {
                return i;
            }
        }
        return -1;
    }

    public String substring(int start) {
        return substring(start, count);
    }

    public String substring(int start, int end) {
        if (start < 0 || end > count || start > end) {
            Throw.stringRange(start, end, count);
        }
        if (start == end) {
            return "";
        }
        int string = Heap.allocStringFilled(end - start);
        MemCopy.forward(Address.of(value) + ObjectLayout.ARRAY_DATA + 2 * start, string + ObjectLayout.ARRAY_DATA,
                2 * (end - start));
        return (String) Address.toRef(string);
    }

    /** A new String of the chars; the literal "" when there are none, as the JDK's. */
    public String toString() {
        if (count == 0) {
            return "";
        }
        int string = Heap.allocStringFilled(count);
        MemCopy.forward(Address.of(value) + ObjectLayout.ARRAY_DATA, string + ObjectLayout.ARRAY_DATA, 2 * count);
        return (String) Address.toRef(string);
    }

    private void reserve(int more) {
        if (more <= value.length - count) {
            return;
        }
        int capacity = value.length * 2 + 2;
        if (capacity - count < more) {
            capacity = count + more;
        }
        // the chars past count are written before they are read (append, setLength's zeroing),
        // so the new buffer is not zeroed: the copy below writes the rest
        char[] grown = (char[]) Address.toRef(
                Heap.allocArrayFilled(Mem.load32(Address.of(value) + ObjectLayout.DESCRIPTOR), capacity));
        MemCopy.forward(Address.of(value) + ObjectLayout.ARRAY_DATA, Address.of(grown) + ObjectLayout.ARRAY_DATA, 2 * count);
        value = grown;
    }

    private static void check(int index, int length) {
        if (index < 0 || index >= length) {
            Throw.stringIndex(index, length);
        }
    }
}
