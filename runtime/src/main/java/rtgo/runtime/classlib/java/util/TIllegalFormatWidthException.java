package rtgo.runtime.classlib.java.util;

/** java.util.IllegalFormatWidthException (whole-class substitute): a width the conversion does not take, or one beyond an int (then Integer.MIN_VALUE). Message: the width. */
public class TIllegalFormatWidthException extends TIllegalFormatException {
    private final int w;

    public TIllegalFormatWidthException(int w) {
        this.w = w;
    }

    public int getWidth() {
        return w;
    }

    public String getMessage() {
        return Integer.toString(w);
    }
}
