package rtgo.runtime.classlib.java.util;

/** java.util.IllegalFormatPrecisionException (whole-class substitute): a precision the conversion does not take, or one beyond an int (then Integer.MIN_VALUE). Message: the precision. */
public class TIllegalFormatPrecisionException extends TIllegalFormatException {
    private final int p;

    public TIllegalFormatPrecisionException(int p) {
        this.p = p;
    }

    public int getPrecision() {
        return p;
    }

    public String getMessage() {
        return Integer.toString(p);
    }
}
