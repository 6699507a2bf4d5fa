package rtgo.runtime.classlib.java.util;

/** java.util.IllegalFormatCodePointException (whole-class substitute): a %c argument that is no Unicode code point. Message as the JDK's: {@code Code point = 0x110000} (the int's bits in hex). */
public class TIllegalFormatCodePointException extends TIllegalFormatException {
    private final int c;

    public TIllegalFormatCodePointException(int c) {
        this.c = c;
    }

    public int getCodePoint() {
        return c;
    }

    public String getMessage() {
        return "Code point = 0x" + Integer.toHexString(c);
    }
}
