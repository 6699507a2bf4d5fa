package rtgo.runtime.classlib.java.lang;

/** java.lang.OutOfMemoryError (whole-class substitute): The heap cannot hold what is asked for. Constructors as the JDK's. */
public class TOutOfMemoryError extends TVirtualMachineError {
    public TOutOfMemoryError() {
        super();
    }

    public TOutOfMemoryError(String message) {
        super(message);
    }
}
