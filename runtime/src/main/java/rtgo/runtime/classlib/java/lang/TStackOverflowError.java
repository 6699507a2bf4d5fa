package rtgo.runtime.classlib.java.lang;

/** java.lang.StackOverflowError (whole-class substitute): Calls nested deeper than the stack holds. Constructors as the JDK's. */
public class TStackOverflowError extends TVirtualMachineError {
    public TStackOverflowError() {
        super();
    }

    public TStackOverflowError(String message) {
        super(message);
    }
}
