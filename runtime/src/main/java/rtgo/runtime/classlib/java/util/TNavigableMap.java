package rtgo.runtime.classlib.java.util;

/** java.util.NavigableMap (an interface substitute). */
public interface TNavigableMap<K, V> extends TSortedMap<K, V> {
    TMap.Entry<K, V> lowerEntry(K key);

    K lowerKey(K key);

    TMap.Entry<K, V> floorEntry(K key);

    K floorKey(K key);

    TMap.Entry<K, V> ceilingEntry(K key);

    K ceilingKey(K key);

    TMap.Entry<K, V> higherEntry(K key);

    K higherKey(K key);

    TMap.Entry<K, V> firstEntry();

    TMap.Entry<K, V> lastEntry();

    TMap.Entry<K, V> pollFirstEntry();

    TMap.Entry<K, V> pollLastEntry();

    TNavigableMap<K, V> descendingMap();

    TNavigableSet<K> navigableKeySet();

    TNavigableSet<K> descendingKeySet();

    TNavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive);

    TNavigableMap<K, V> headMap(K toKey, boolean inclusive);

    TNavigableMap<K, V> tailMap(K fromKey, boolean inclusive);
}
