package rtgo.runtime.classlib.java.lang;

/** java.lang.CloneNotSupportedException (whole-class substitute): Object.clone of an object that is not Cloneable. Constructors as the JDK's. */
public class TCloneNotSupportedException extends TException {
    public TCloneNotSupportedException() {
        super();
    }

    public TCloneNotSupportedException(String message) {
        super(message);
    }
}
