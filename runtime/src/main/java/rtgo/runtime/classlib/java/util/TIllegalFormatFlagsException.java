package rtgo.runtime.classlib.java.util;

/** java.util.IllegalFormatFlagsException (whole-class substitute): a combination of flags that is not allowed. Message as the JDK's: {@code Flags = '-0'}. */
public class TIllegalFormatFlagsException extends TIllegalFormatException {
    private final String flags;

    public TIllegalFormatFlagsException(String flags) {
        if (flags == null) {
            throw new NullPointerException();
        }
        this.flags = flags;
    }

    public String getFlags() {
        return flags;
    }

    public String getMessage() {
        return "Flags = '" + flags + "'";
    }
}
