package rtgo.runtime.classlib.java.lang;

/** java.lang.InterruptedException (whole-class substitute): A thread interrupted while it waits. Constructors as the JDK's. */
public class TInterruptedException extends TException {
    public TInterruptedException() {
        super();
    }

    public TInterruptedException(String message) {
        super(message);
    }
}
