package rtgo.runtime.classlib.java.util;

/*
 * TStringJoiner: java.util.StringJoiner on the device, a whole-class substitute.
 *
 * Design note. The elements are appended, with the delimiter between them, to one StringBuilder
 * as they come (null until the first), so toString() copies once and length() is a sum; the
 * prefix, suffix and delimiter are kept as Strings (their toString() at construction, as the JDK
 * keeps them). A CharSequence argument is read through toString(), which every String and object
 * has (the device has no CharSequence interface). Texts as the JDK's: an element null is "null",
 * the null checks' messages are "The prefix must not be null" and so on, and with no element
 * toString() is the empty value when one was set, else prefix + suffix. merge adds the other
 * joiner's elements, joined by its own delimiter, as one element (itself included).
 */
public final class TStringJoiner {
    private final String prefix;
    private final String delimiter;
    private final String suffix;
    /** The elements joined so far, or null before the first. */
    private StringBuilder value;
    /** What toString() gives while there is no element; null: prefix + suffix. */
    private String emptyValue;

    /** A joiner with no prefix or suffix. */
    public TStringJoiner(CharSequence delimiter) {
        this(delimiter, "", "");
    }

    public TStringJoiner(CharSequence delimiter, CharSequence prefix, CharSequence suffix) {
        java.util.Objects.requireNonNull(prefix, "The prefix must not be null");
        java.util.Objects.requireNonNull(delimiter, "The delimiter must not be null");
        java.util.Objects.requireNonNull(suffix, "The suffix must not be null");
        this.prefix = ((Object) prefix).toString();
        this.delimiter = ((Object) delimiter).toString();
        this.suffix = ((Object) suffix).toString();
    }

    /** What toString() gives while nothing has been added (not prefix + suffix). */
    public TStringJoiner setEmptyValue(CharSequence emptyValue) {
        java.util.Objects.requireNonNull(emptyValue, "The empty value must not be null");
        this.emptyValue = ((Object) emptyValue).toString();
        return this;
    }

    /** Adds String.valueOf(newElement), after the delimiter unless it is the first. */
    public TStringJoiner add(CharSequence newElement) {
        String text = String.valueOf((Object) newElement);
        if (value == null) {
            value = new StringBuilder();
        } else {
            value.append(delimiter);
        }
        value.append(text);
        return this;
    }

    /** Adds the other joiner's elements (without its prefix and suffix) as one element, if it has any. */
    public TStringJoiner merge(TStringJoiner other) {
        java.util.Objects.requireNonNull(other);
        if (other.value == null) {
            return this;
        }
        return add(other.value.toString()); // the text first: other may be this
    }

    /** The length toString() would have. */
    public int length() {
        if (value == null && emptyValue != null) {
            return emptyValue.length();
        }
        return prefix.length() + (value == null ? 0 : value.length()) + suffix.length();
    }

    public String toString() {
        if (value == null) {
            return emptyValue != null ? emptyValue : prefix + suffix;
        }
        return prefix + value.toString() + suffix;
    }
}
