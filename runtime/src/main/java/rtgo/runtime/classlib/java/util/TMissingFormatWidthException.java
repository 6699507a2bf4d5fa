package rtgo.runtime.classlib.java.util;

/** java.util.MissingFormatWidthException (whole-class substitute): a flag that needs a width ('-', '0') without one. Message: the specifier, as {@code %-d}. */
public class TMissingFormatWidthException extends TIllegalFormatException {
    private final String s;

    public TMissingFormatWidthException(String s) {
        if (s == null) {
            throw new NullPointerException();
        }
        this.s = s;
    }

    public String getFormatSpecifier() {
        return s;
    }

    public String getMessage() {
        return s;
    }
}
