package rtgo.runtime.classlib.java.lang;

/**
 * java.lang.MatchException (whole-class substitute): an exhaustive switch met a value none of its
 * cases covers (an enum constant or subclass added after compiling), or a record pattern's
 * accessor threw. Constructors as the JDK's.
 */
public final class TMatchException extends TRuntimeException {
    public TMatchException(String message, TThrowable cause) {
        super(message, cause);
    }
}
