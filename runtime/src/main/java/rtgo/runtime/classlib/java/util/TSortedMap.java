package rtgo.runtime.classlib.java.util;

/** java.util.SortedMap (an interface substitute). */
public interface TSortedMap<K, V> extends TMap<K, V> {
    TComparator<? super K> comparator();

    TSortedMap<K, V> subMap(K fromKey, K toKey);

    TSortedMap<K, V> headMap(K toKey);

    TSortedMap<K, V> tailMap(K fromKey);

    K firstKey();

    K lastKey();
}
