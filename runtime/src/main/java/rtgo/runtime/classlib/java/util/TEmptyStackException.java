package rtgo.runtime.classlib.java.util;

import rtgo.runtime.classlib.java.lang.TRuntimeException;

/** java.util.EmptyStackException (whole-class substitute): Stack.pop or peek on an empty stack. No message, as the JDK's. */
public class TEmptyStackException extends TRuntimeException {
    public TEmptyStackException() {
        super();
    }
}
