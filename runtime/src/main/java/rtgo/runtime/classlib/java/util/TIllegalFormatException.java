package rtgo.runtime.classlib.java.util;

import rtgo.runtime.classlib.java.lang.TIllegalArgumentException;

/**
 * java.util.IllegalFormatException (whole-class substitute): the superclass of the format-string
 * errors of String.format and printf (rtgo.runtime.Format). As in the JDK, only its subclasses make
 * one, and each computes its message from its fields in getMessage(), with no detail message.
 */
public class TIllegalFormatException extends TIllegalArgumentException {
    TIllegalFormatException() {
        super();
    }
}
