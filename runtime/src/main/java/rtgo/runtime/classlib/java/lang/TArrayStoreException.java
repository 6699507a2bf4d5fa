package rtgo.runtime.classlib.java.lang;

/** java.lang.ArrayStoreException (whole-class substitute): A store of an object of the wrong type into an array. Constructors as the JDK's. */
public class TArrayStoreException extends TRuntimeException {
    public TArrayStoreException() {
        super();
    }

    public TArrayStoreException(String message) {
        super(message);
    }
}
