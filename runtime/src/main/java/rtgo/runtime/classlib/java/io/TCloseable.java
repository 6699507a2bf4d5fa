package rtgo.runtime.classlib.java.io;

import rtgo.runtime.classlib.java.lang.TAutoCloseable;

/** java.io.Closeable (an interface substitute): an AutoCloseable whose close throws IOException. */
public interface TCloseable extends TAutoCloseable {
    @Override
    void close() throws java.io.IOException;
}
