package rtgo.runtime.classlib.java.lang;

/** java.lang.NegativeArraySizeException (whole-class substitute): An array created with a negative length. Constructors as the JDK's. */
public class TNegativeArraySizeException extends TRuntimeException {
    public TNegativeArraySizeException() {
        super();
    }

    public TNegativeArraySizeException(String message) {
        super(message);
    }
}
