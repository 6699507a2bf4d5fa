package rtgo.runtime.classlib.java.util;

/**
 * java.util.IllegalFormatConversionException (whole-class substitute): an argument of a type the
 * conversion does not take. Message as the JDK's: {@code d != java.lang.String} (the conversion,
 * then the argument's class by Class.getName).
 */
public class TIllegalFormatConversionException extends TIllegalFormatException {
    private final char c;
    private final Class<?> arg;

    public TIllegalFormatConversionException(char c, Class<?> arg) {
        if (arg == null) {
            throw new NullPointerException();
        }
        this.c = c;
        this.arg = arg;
    }

    public char getConversion() {
        return c;
    }

    public Class<?> getArgumentClass() {
        return arg;
    }

    public String getMessage() {
        return c + " != " + arg.getName();
    }
}
