package rtgo.runtime.classlib.java.lang;

/** java.lang.ArithmeticException (whole-class substitute): Integer division by zero. Constructors as the JDK's. */
public class TArithmeticException extends TRuntimeException {
    public TArithmeticException() {
        super();
    }

    public TArithmeticException(String message) {
        super(message);
    }
}
