package rtgo.runtime.classlib.java.lang;

import rtgo.runtime.classlib.java.util.function.TSupplier;

/*
 * TThreadLocal: java.lang.ThreadLocal as a whole-class substitute.
 *
 * Design note. The JDK keeps a map in each Thread; here each ThreadLocal keeps a small table of
 * (thread, value) pairs searched by identity, guarded by its own monitor, so the Thread object
 * needs no field for it and a program without ThreadLocals pays nothing. Programs hold few
 * ThreadLocals and run few threads at once, so the linear search is short. A set for a new thread
 * first reuses the slot of a thread that has ended (isAlive false), so the table stays as long as
 * the number of threads alive at once that used it. initialValue is called (outside the monitor)
 * on the first get of each thread, or again after remove; withInitial wraps a Supplier.
 */
public class TThreadLocal<T> {
    private Thread[] threads = new Thread[4];
    private Object[] values = new Object[4];
    private int n;

    public TThreadLocal() {}

    /** A ThreadLocal whose initial value comes from supplier. */
    public static <S> TThreadLocal<S> withInitial(TSupplier<? extends S> supplier) {
        if (supplier == null) {
            throw new NullPointerException();
        }
        return new SuppliedThreadLocal<S>(supplier);
    }

    /** The value of a thread that has not set one: null here. */
    protected T initialValue() {
        return null;
    }

    /** The slot of thread t, or -1 (monitor held). */
    private int slot(Thread t) {
        Thread[] ts = threads;
        for (int i = 0; i < n; i++) {
            if (ts[i] == t) {
                return i;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    public T get() {
        Thread t = Thread.currentThread();
        synchronized (this) {
            int i = slot(t);
            if (i >= 0) {
                return (T) values[i];
            }
        }
        T v = initialValue();
        put(t, v);
        return v;
    }

    public void set(T value) {
        put(Thread.currentThread(), value);
    }

    private void put(Thread t, Object value) {
        synchronized (this) {
            int i = slot(t);
            if (i < 0) {
                Thread[] ts = threads;
                for (int k = 0; k < n; k++) {
                    if (!ts[k].isAlive()) {
                        i = k;
                        break;
                    }
                }
                if (i < 0) {
                    if (n == ts.length) {
                        Thread[] nt = new Thread[n * 2];
                        Object[] nv = new Object[n * 2];
                        System.arraycopy(ts, 0, nt, 0, n);
                        System.arraycopy(values, 0, nv, 0, n);
                        threads = nt;
                        values = nv;
                    }
                    i = n++;
                }
                threads[i] = t;
            }
            values[i] = value;
        }
    }

    public void remove() {
        Thread t = Thread.currentThread();
        synchronized (this) {
            int i = slot(t);
            if (i >= 0) {
                n--;
                threads[i] = threads[n];
                values[i] = values[n];
                threads[n] = null;
                values[n] = null;
            }
        }
    }

    /** ThreadLocal.withInitial's class. */
    static final class SuppliedThreadLocal<T> extends TThreadLocal<T> {
        private final TSupplier<? extends T> supplier;

        SuppliedThreadLocal(TSupplier<? extends T> supplier) {
            this.supplier = supplier;
        }

        protected T initialValue() {
            return supplier.get();
        }
    }
}
