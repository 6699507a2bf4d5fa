package rtgo.runtime.classlib.java.lang;

/** java.lang.ExceptionInInitializerError (whole-class substitute): An exception thrown by a static initialiser. Constructors as the JDK's. */
public class TExceptionInInitializerError extends TLinkageError {
    public TExceptionInInitializerError() {
        super();
    }

    public TExceptionInInitializerError(String message) {
        super(message);
    }

    public TExceptionInInitializerError(TThrowable thrown) {
        super(null, thrown);
    }

    public TThrowable getException() {
        return getCause();
    }
}
