package rtgo.runtime.classlib.java.util;

/** java.util.MissingFormatArgumentException (whole-class substitute): a specifier with no argument left for it. Message as the JDK's: {@code Format specifier '%d'}. */
public class TMissingFormatArgumentException extends TIllegalFormatException {
    private final String s;

    public TMissingFormatArgumentException(String s) {
        if (s == null) {
            throw new NullPointerException();
        }
        this.s = s;
    }

    public String getFormatSpecifier() {
        return s;
    }

    public String getMessage() {
        return "Format specifier '" + s + "'";
    }
}
