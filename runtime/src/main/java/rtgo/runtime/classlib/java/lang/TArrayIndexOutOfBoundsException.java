package rtgo.runtime.classlib.java.lang;

/** java.lang.ArrayIndexOutOfBoundsException (whole-class substitute): An array index outside the array. Constructors as the JDK's. */
public class TArrayIndexOutOfBoundsException extends TIndexOutOfBoundsException {
    public TArrayIndexOutOfBoundsException() {
        super();
    }

    public TArrayIndexOutOfBoundsException(String message) {
        super(message);
    }

    public TArrayIndexOutOfBoundsException(int index) {
        super("Array index out of range: " + index);
    }
}
