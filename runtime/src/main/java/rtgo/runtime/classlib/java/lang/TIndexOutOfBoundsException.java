package rtgo.runtime.classlib.java.lang;

/** java.lang.IndexOutOfBoundsException (whole-class substitute): An index outside its range. Constructors as the JDK's. */
public class TIndexOutOfBoundsException extends TRuntimeException {
    public TIndexOutOfBoundsException() {
        super();
    }

    public TIndexOutOfBoundsException(String message) {
        super(message);
    }

    public TIndexOutOfBoundsException(int index) {
        super("Index out of range: " + index);
    }
}
