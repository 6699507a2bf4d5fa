package rtgo.runtime.classlib.java.lang;

/** java.lang.IllegalThreadStateException (whole-class substitute): a thread is not in the state an operation needs. */
public class TIllegalThreadStateException extends TIllegalArgumentException {
    public TIllegalThreadStateException() {
        super();
    }

    public TIllegalThreadStateException(String message) {
        super(message);
    }
}
