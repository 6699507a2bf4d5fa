package rtgo.runtime.classlib.java.util;

/** java.util.UnknownFormatConversionException (whole-class substitute): a conversion the format language does not have. Message as the JDK's: {@code Conversion = 'q'}. */
public class TUnknownFormatConversionException extends TIllegalFormatException {
    private final String s;

    public TUnknownFormatConversionException(String s) {
        if (s == null) {
            throw new NullPointerException();
        }
        this.s = s;
    }

    public String getConversion() {
        return s;
    }

    public String getMessage() {
        return "Conversion = '" + s + "'";
    }
}
