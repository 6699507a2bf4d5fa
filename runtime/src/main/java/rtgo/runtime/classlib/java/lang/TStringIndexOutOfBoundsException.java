package rtgo.runtime.classlib.java.lang;

/** java.lang.StringIndexOutOfBoundsException (whole-class substitute): A string index outside the string. Constructors as the JDK's. */
public class TStringIndexOutOfBoundsException extends TIndexOutOfBoundsException {
    public TStringIndexOutOfBoundsException() {
        super();
    }

    public TStringIndexOutOfBoundsException(String message) {
        super(message);
    }

    public TStringIndexOutOfBoundsException(int index) {
        super("String index out of range: " + index);
    }
}
