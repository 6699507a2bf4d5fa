package rtgo.runtime.classlib.java.lang;

/** java.lang.LinkageError (whole-class substitute): A class cannot be used as it was compiled against. Constructors as the JDK's. */
public class TLinkageError extends TError {
    public TLinkageError() {
        super();
    }

    public TLinkageError(String message) {
        super(message);
    }

    public TLinkageError(String message, TThrowable cause) {
        super(message, cause);
    }
}
