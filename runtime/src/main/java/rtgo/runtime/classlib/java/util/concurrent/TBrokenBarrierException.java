package rtgo.runtime.classlib.java.util.concurrent;

import rtgo.runtime.classlib.java.lang.TException;

/** java.util.concurrent.BrokenBarrierException (whole-class substitute): A barrier broken while a thread waits at it (or before it arrives). Constructors as the JDK's. */
public class TBrokenBarrierException extends TException {
    public TBrokenBarrierException() {
        super();
    }

    public TBrokenBarrierException(String message) {
        super(message);
    }
}
