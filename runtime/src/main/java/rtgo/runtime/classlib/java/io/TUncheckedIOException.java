package rtgo.runtime.classlib.java.io;

import rtgo.runtime.classlib.java.lang.TRuntimeException;

/** java.io.UncheckedIOException (whole-class substitute): An IOException wrapped as unchecked. Constructors as the JDK's. */
public class TUncheckedIOException extends TRuntimeException {
    public TUncheckedIOException(String message, TIOException cause) {
        super(message, cause);
    }

    public TUncheckedIOException(TIOException cause) {
        super(cause);
    }

    public TIOException getCause() {
        return (TIOException) super.getCause();
    }
}
