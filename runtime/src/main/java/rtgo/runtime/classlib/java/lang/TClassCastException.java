package rtgo.runtime.classlib.java.lang;

/** java.lang.ClassCastException (whole-class substitute): A cast to a class the object is not an instance of. Constructors as the JDK's. */
public class TClassCastException extends TRuntimeException {
    public TClassCastException() {
        super();
    }

    public TClassCastException(String message) {
        super(message);
    }
}
