package rtgo.runtime.classlib.java.lang;

/** java.lang.NumberFormatException (whole-class substitute): Text that is not a number. Constructors as the JDK's. */
public class TNumberFormatException extends TIllegalArgumentException {
    public TNumberFormatException() {
        super();
    }

    public TNumberFormatException(String message) {
        super(message);
    }
}
