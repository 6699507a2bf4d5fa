package rtgo.runtime.classlib.java.util;

import rtgo.runtime.classlib.java.lang.TIllegalStateException;

/** java.util.FormatterClosedException (whole-class substitute): a Formatter used after close(); no message, as the JDK's. */
public class TFormatterClosedException extends TIllegalStateException {
    public TFormatterClosedException() {
        super();
    }
}
