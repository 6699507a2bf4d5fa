package rtgo.runtime.classlib.java.util;

/**
 * java.util.IllegalFormatArgumentIndexException (whole-class substitute): an argument index
 * ({@code %0$s}, or one beyond an int) that cannot be. A package-private class of the JDK, made
 * only by the formatter; its constructor is public here because the formatter
 * (rtgo.runtime.Format) lives in another package. Messages as the JDK's:
 * {@code Illegal format argument index = 0}, and {@code Format argument index: (not representable
 * as int)} for an index that overflowed (recorded as Integer.MIN_VALUE).
 */
public final class TIllegalFormatArgumentIndexException extends TIllegalFormatException {
    private final int illegalIndex;

    public TIllegalFormatArgumentIndexException(int index) {
        illegalIndex = index;
    }

    int getIndex() {
        return illegalIndex;
    }

    public String getMessage() {
        if (illegalIndex == Integer.MIN_VALUE) {
            return "Format argument index: (not representable as int)";
        }
        return "Illegal format argument index = " + illegalIndex;
    }
}
