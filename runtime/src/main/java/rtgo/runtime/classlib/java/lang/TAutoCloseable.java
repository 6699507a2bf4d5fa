package rtgo.runtime.classlib.java.lang;

/**
 * java.lang.AutoCloseable (an interface substitute): what try-with-resources calls, so that a
 * resource declared as AutoCloseable (or as an interface extending it) dispatches to its class's
 * close().
 */
public interface TAutoCloseable {
    void close() throws Exception;
}
