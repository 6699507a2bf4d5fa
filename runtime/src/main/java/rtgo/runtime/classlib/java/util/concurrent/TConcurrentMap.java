package rtgo.runtime.classlib.java.util.concurrent;

import rtgo.runtime.classlib.java.util.TMap;

/** java.util.concurrent.ConcurrentMap (an interface substitute); the other methods are Map's defaults. */
public interface TConcurrentMap<K, V> extends TMap<K, V> {
    V putIfAbsent(K key, V value);

    boolean remove(Object key, Object value);

    boolean replace(K key, V oldValue, V newValue);

    V replace(K key, V value);
}
