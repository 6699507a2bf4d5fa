package rtgo.ir;

import java.util.HashMap;
import java.util.Map;

/**
 * One method on its way through the pass list: its IR ({@link #f}, created by the front end's first
 * pass) and the data passes hand to later passes, keyed by type (the front end's block graph, the
 * register allocation, the program-wide string table...). A pass that needs data another pass
 * produces says so in its registration; {@link #get} fails loudly when it is missing.
 */
public final class Unit {
    /** The method's IR; null until the front end has created it. */
    public Func f;
    private final Map<Class<?>, Object> data = new HashMap<>();

    public Unit() {}

    public Unit(Func f) {
        this.f = f;
    }

    /** The value stored under {@code key}; throws when no pass has stored one. */
    public <T> T get(Class<T> key) {
        Object v = data.get(key);
        if (v == null) {
            throw new IllegalStateException("no " + key.getSimpleName() + " for "
                    + (f != null ? f.displayName : "this method") + ": the pass that makes it has not run");
        }
        return key.cast(v);
    }

    /** The value stored under {@code key}, or null. */
    public <T> T find(Class<T> key) {
        return key.cast(data.get(key));
    }

    public <T> void put(Class<T> key, T value) {
        data.put(key, value);
    }

    public void remove(Class<?> key) {
        data.remove(key);
    }
}
