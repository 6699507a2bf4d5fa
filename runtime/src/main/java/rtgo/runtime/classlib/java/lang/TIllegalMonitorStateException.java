package rtgo.runtime.classlib.java.lang;

/** java.lang.IllegalMonitorStateException (whole-class substitute): a monitor operation by a thread that does not own it. */
public class TIllegalMonitorStateException extends TRuntimeException {
    public TIllegalMonitorStateException() {
        super();
    }

    public TIllegalMonitorStateException(String message) {
        super(message);
    }
}
