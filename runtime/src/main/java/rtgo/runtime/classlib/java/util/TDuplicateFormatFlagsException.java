package rtgo.runtime.classlib.java.util;

/** java.util.DuplicateFormatFlagsException (whole-class substitute): a flag given twice in one format specifier. Message as the JDK's: {@code Flags = '-'}. */
public class TDuplicateFormatFlagsException extends TIllegalFormatException {
    private final String flags;

    public TDuplicateFormatFlagsException(String flags) {
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
