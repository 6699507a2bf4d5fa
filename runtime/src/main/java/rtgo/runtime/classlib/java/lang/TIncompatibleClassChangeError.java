package rtgo.runtime.classlib.java.lang;

/** java.lang.IncompatibleClassChangeError (whole-class substitute). Constructors as the JDK's. */
public class TIncompatibleClassChangeError extends TLinkageError {
    public TIncompatibleClassChangeError() {
        super();
    }

    public TIncompatibleClassChangeError(String message) {
        super(message);
    }
}
