package rtgo.runtime.classlib.java.util;

/**
 * java.util.FormatFlagsConversionMismatchException (whole-class substitute): flags the conversion
 * does not take. Message as the JDK's: {@code Conversion = x, Flags = +}.
 */
public class TFormatFlagsConversionMismatchException extends TIllegalFormatException {
    private final String f;
    private final char c;

    public TFormatFlagsConversionMismatchException(String f, char c) {
        if (f == null) {
            throw new NullPointerException();
        }
        this.f = f;
        this.c = c;
    }

    public String getFlags() {
        return f;
    }

    public char getConversion() {
        return c;
    }

    public String getMessage() {
        return "Conversion = " + c + ", Flags = " + f;
    }
}
