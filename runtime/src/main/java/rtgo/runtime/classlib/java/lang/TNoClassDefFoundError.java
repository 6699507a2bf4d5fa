package rtgo.runtime.classlib.java.lang;

/** java.lang.NoClassDefFoundError (whole-class substitute): A class that cannot be used (here: its initialiser failed). Constructors as the JDK's. */
public class TNoClassDefFoundError extends TLinkageError {
    public TNoClassDefFoundError() {
        super();
    }

    public TNoClassDefFoundError(String message) {
        super(message);
    }
}
