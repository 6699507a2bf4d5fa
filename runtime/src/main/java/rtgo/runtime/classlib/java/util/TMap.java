package rtgo.runtime.classlib.java.util;

import rtgo.runtime.classlib.java.util.function.TBiConsumer;
import rtgo.runtime.classlib.java.util.function.TBiFunction;
import rtgo.runtime.classlib.java.util.function.TFunction;

/**
 * java.util.Map (an interface substitute) with its nested Entry (java.util.Map$Entry maps to
 * TMap$Entry) and the JDK's default methods, written to the JDK's documented default
 * implementations; HashMap and TreeMap override the ones whose order of effects differs.
 */
public interface TMap<K, V> {
    /** java.util.Map.Entry (an interface substitute). */
    interface Entry<K, V> {
        K getKey();

        V getValue();

        V setValue(V value);
    }

    int size();

    boolean isEmpty();

    boolean containsKey(Object key);

    boolean containsValue(Object value);

    V get(Object key);

    V put(K key, V value);

    V remove(Object key);

    void putAll(TMap<? extends K, ? extends V> m);

    void clear();

    TSet<K> keySet();

    TCollection<V> values();

    TSet<TMap.Entry<K, V>> entrySet();

    default V getOrDefault(Object key, V defaultValue) {
        V v = get(key);
        return v != null || containsKey(key) ? v : defaultValue;
    }

    default void forEach(TBiConsumer<? super K, ? super V> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        for (TIterator<TMap.Entry<K, V>> it = entrySet().iterator(); it.hasNext();) {
            TMap.Entry<K, V> e = it.next();
            action.accept(e.getKey(), e.getValue());
        }
    }

    default void replaceAll(TBiFunction<? super K, ? super V, ? extends V> function) {
        if (function == null) {
            throw new NullPointerException();
        }
        for (TIterator<TMap.Entry<K, V>> it = entrySet().iterator(); it.hasNext();) {
            TMap.Entry<K, V> e = it.next();
            e.setValue(function.apply(e.getKey(), e.getValue()));
        }
    }

    default V putIfAbsent(K key, V value) {
        V v = get(key);
        if (v == null) {
            v = put(key, value);
        }
        return v;
    }

    default boolean remove(Object key, Object value) {
        Object cur = get(key);
        if (!TObjects.equals(cur, value) || (cur == null && !containsKey(key))) {
            return false;
        }
        remove(key);
        return true;
    }

    default boolean replace(K key, V oldValue, V newValue) {
        Object cur = get(key);
        if (!TObjects.equals(cur, oldValue) || (cur == null && !containsKey(key))) {
            return false;
        }
        put(key, newValue);
        return true;
    }

    default V replace(K key, V value) {
        V cur = get(key);
        if (cur != null || containsKey(key)) {
            cur = put(key, value);
        }
        return cur;
    }

    default V computeIfAbsent(K key, TFunction<? super K, ? extends V> mappingFunction) {
        if (mappingFunction == null) {
            throw new NullPointerException();
        }
        V v = get(key);
        if (v == null) {
            V nv = mappingFunction.apply(key);
            if (nv != null) {
                put(key, nv);
                return nv;
            }
        }
        return v;
    }

    default V computeIfPresent(K key, TBiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (remappingFunction == null) {
            throw new NullPointerException();
        }
        V old = get(key);
        if (old != null) {
            V nv = remappingFunction.apply(key, old);
            if (nv != null) {
                put(key, nv);
                return nv;
            }
            remove(key);
        }
        return null;
    }

    default V compute(K key, TBiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (remappingFunction == null) {
            throw new NullPointerException();
        }
        V old = get(key);
        V nv = remappingFunction.apply(key, old);
        if (nv == null) {
            if (old != null || containsKey(key)) {
                remove(key);
            }
            return null;
        }
        put(key, nv);
        return nv;
    }

    default V merge(K key, V value, TBiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        if (remappingFunction == null || value == null) {
            throw new NullPointerException();
        }
        V old = get(key);
        V nv = old == null ? value : remappingFunction.apply(old, value);
        if (nv == null) {
            remove(key);
        } else {
            put(key, nv);
        }
        return nv;
    }

    /** Map.entry: an unmodifiable key-value pair; neither may be null. */
    static <K, V> TMap.Entry<K, V> entry(K k, V v) {
        if (k == null || v == null) {
            throw new NullPointerException();
        }
        return new TAbstractMap.SimpleImmutableEntry<K, V>(k, v);
    }
}
