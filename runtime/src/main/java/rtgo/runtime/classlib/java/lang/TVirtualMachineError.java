package rtgo.runtime.classlib.java.lang;

/** java.lang.VirtualMachineError (whole-class substitute): The machine cannot go on as the program expects. Constructors as the JDK's. */
public class TVirtualMachineError extends TError {
    public TVirtualMachineError() {
        super();
    }

    public TVirtualMachineError(String message) {
        super(message);
    }

    public TVirtualMachineError(String message, TThrowable cause) {
        super(message, cause);
    }

    public TVirtualMachineError(TThrowable cause) {
        super(cause);
    }
}
