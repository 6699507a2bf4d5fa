package rtgo.runtime.classlib.java.util;

/** java.util.UnknownFormatFlagsException (whole-class substitute): an unknown flag (the formatter's scanner never makes one; programs may). Message as the JDK's: {@code Flags = x}. */
public class TUnknownFormatFlagsException extends TIllegalFormatException {
    private final String flags;

    public TUnknownFormatFlagsException(String flags) {
        if (flags == null) {
            throw new NullPointerException();
        }
        this.flags = flags;
    }

    public String getFlags() {
        return flags;
    }

    public String getMessage() {
        return "Flags = " + flags;
    }
}
