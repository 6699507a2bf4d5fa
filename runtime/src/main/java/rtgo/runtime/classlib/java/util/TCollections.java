package rtgo.runtime.classlib.java.util;

import rtgo.runtime.classlib.java.lang.TComparable;
import rtgo.runtime.classlib.java.util.function.TFunction;
import rtgo.runtime.classlib.java.util.function.TToIntFunction;

/*
 * TCollections: the static utilities of java.util.Collections (a static substitute), and the small
 * classes behind them and behind List.of, Arrays.asList and the Comparator factories.
 *
 * Design note. The unmodifiable views wrap the collection and throw UnsupportedOperationException
 * (without a message, as the JDK's) from every mutator, including their iterators' remove and
 * their entries' setValue; reads go to the wrapped collection, so toString, equals and hashCode
 * are the wrapped one's. emptyList/emptySet/emptyMap, singleton* and nCopies are unmodifiable
 * collections of their own (ImmList, or views of a small private map or set). ImmList is also
 * List.of (which refuses nulls, even as the argument of contains and indexOf, with
 * NullPointerException) and Arrays.asList (a fixed-size view that writes through to the array);
 * the index messages differ between them as they do in the JDK.
 *
 * Natural order (compareNatural) compares Strings, the boxed numbers, Characters, Booleans and
 * enum constants (by ordinal) directly:
 * a String has no class of its own on the device (TString is a static substitute), so it cannot
 * be reached through the Comparable interface; a program's Comparable classes can.
 */
public final class TCollections {
    private TCollections() {}

    /** a.compareTo(b) by natural ordering. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    /**
     * Comparable.compareTo(a, b) for any receiver: the transpiler calls this for every
     * invokeinterface of Comparable.compareTo, because a String (which has no class with interface
     * tables on the device) must compare too, as must the boxed types.
     */
    public static int compareNatural(Object a, Object b) {
        // String and Integer, the common keys, by instanceof: an exact-class compare each (they
        // have no subclasses), and the optimiser (NullFacts) drops the casts and null checks of a
        // that the tests imply. The rarer boxed types: one read of a's class and a compare each.
        if (a instanceof String) {
            return ((String) a).compareTo((String) b);
        }
        if (a instanceof Integer) {
            return ((Integer) a).compareTo((Integer) b);
        }
        Class<?> k = a == null ? null : a.getClass();
        if (k == Character.class) {
            return ((Character) a).compareTo((Character) b);
        }
        if (k == Boolean.class) {
            return ((Boolean) a).compareTo((Boolean) b);
        }
        if (k == Long.class) {
            return ((Long) a).compareTo((Long) b);
        }
        if (k == Double.class) {
            return ((Double) a).compareTo((Double) b);
        }
        if (k == Float.class) {
            return ((Float) a).compareTo((Float) b);
        }
        if (a instanceof Enum) {
            return ((Enum) a).compareTo((Enum) b);
        }
        return ((TComparable<Object>) a).compareTo(b);
    }

    /** {@code o instanceof Comparable}, Strings included (the transpiler calls this). */
    public static boolean isComparable(Object o) {
        return o instanceof String || o instanceof TComparable;
    }

    /** {@code (Comparable) o}: a ClassCastException unless null, a String or a Comparable (the transpiler calls this). */
    public static void checkComparable(Object o) {
        if (!(o instanceof String)) {
            TComparable<?> c = (TComparable<?>) o;
        }
    }

    // ---- algorithms -------------------------------------------------------------------------------

    public static <T> void sort(TList<T> list) {
        list.sort(null);
    }

    public static <T> void sort(TList<T> list, TComparator<? super T> c) {
        list.sort(c);
    }

    public static void reverse(TList<?> list) {
        swapAll(list);
    }

    private static <T> void swapAll(TList<T> list) {
        int n = list.size();
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    /**
     * Collections.shuffle(list, rnd): from the last position down, each element swapped with one at
     * or before it chosen by rnd.nextInt(i + 1) — the JDK's order of draws, so the same seed gives
     * the same permutation.
     */
    public static void shuffle(TList<?> list, TRandom rnd) {
        for (int i = list.size(); i > 1; i--) {
            swap(list, i - 1, rnd.nextInt(i));
        }
    }

    public static void shuffle(TList<?> list) {
        shuffle(list, new TRandom());
    }

    public static void swap(TList<?> list, int i, int j) {
        swapTyped(list, i, j);
    }

    private static <T> void swapTyped(TList<T> list, int i, int j) {
        list.set(i, list.set(j, list.get(i)));
    }

    public static <T> T max(TCollection<? extends T> coll) {
        return extreme(coll, null, 1);
    }

    public static <T> T max(TCollection<? extends T> coll, TComparator<? super T> comp) {
        return extreme(coll, comp, 1);
    }

    public static <T> T min(TCollection<? extends T> coll) {
        return extreme(coll, null, -1);
    }

    public static <T> T min(TCollection<? extends T> coll, TComparator<? super T> comp) {
        return extreme(coll, comp, -1);
    }

    /** The first element that no later one beats in direction sign (1: max, -1: min). */
    @SuppressWarnings("unchecked")
    private static <T> T extreme(TCollection<? extends T> coll, TComparator<? super T> comp, int sign) {
        TIterator<? extends T> it = coll.iterator();
        T best = it.next();
        while (it.hasNext()) {
            T x = it.next();
            int r = comp == null ? compareNatural(x, best) : ((TComparator<T>) comp).compare(x, best);
            if (sign > 0 ? r > 0 : r < 0) {
                best = x;
            }
        }
        return best;
    }

    public static int frequency(TCollection<?> c, Object o) {
        int n = 0;
        for (TIterator<?> it = c.iterator(); it.hasNext();) {
            Object x = it.next();
            if (o == null ? x == null : o.equals(x)) {
                n++;
            }
        }
        return n;
    }

    @SafeVarargs
    public static <T> boolean addAll(TCollection<? super T> c, T... elements) {
        boolean changed = false;
        for (int i = 0; i < elements.length; i++) {
            if (c.add(elements[i])) {
                changed = true;
            }
        }
        return changed;
    }

    public static <T> void fill(TList<? super T> list, T obj) {
        fillTyped(list, obj);
    }

    @SuppressWarnings("unchecked")
    private static <T> void fillTyped(TList<T> list, Object obj) {
        TListIterator<T> it = list.listIterator();
        while (it.hasNext()) {
            it.next();
            it.set((T) obj);
        }
    }

    public static boolean disjoint(TCollection<?> c1, TCollection<?> c2) {
        for (TIterator<?> it = c1.iterator(); it.hasNext();) {
            if (c2.contains(it.next())) {
                return false;
            }
        }
        return true;
    }

    // ---- comparators ------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    static <T> TComparator<T> natural() {
        return (TComparator<T>) new Natural();
    }

    @SuppressWarnings("unchecked")
    public static <T> TComparator<T> reverseOrder() {
        return (TComparator<T>) new Reverse(null);
    }

    @SuppressWarnings("unchecked")
    public static <T> TComparator<T> reverseOrder(TComparator<T> cmp) {
        if (cmp == null) {
            return reverseOrder();
        }
        if (cmp instanceof Reverse r && r.cmp != null) {
            return (TComparator<T>) r.cmp;
        }
        return (TComparator<T>) new Reverse((TComparator<Object>) cmp);
    }

    static final class Natural implements TComparator<Object> {
        public int compare(Object a, Object b) {
            return compareNatural(a, b);
        }
    }

    static final class Reverse implements TComparator<Object> {
        final TComparator<Object> cmp;

        Reverse(TComparator<Object> cmp) {
            this.cmp = cmp;
        }

        public int compare(Object a, Object b) {
            return cmp == null ? compareNatural(b, a) : cmp.compare(b, a);
        }
    }

    static final class Then<T> implements TComparator<T> {
        private final TComparator<? super T> first;
        private final TComparator<? super T> second;

        Then(TComparator<? super T> first, TComparator<? super T> second) {
            this.first = first;
            this.second = second;
        }

        @SuppressWarnings("unchecked")
        public int compare(T a, T b) {
            int r = ((TComparator<T>) first).compare(a, b);
            return r != 0 ? r : ((TComparator<T>) second).compare(a, b);
        }
    }

    static final class ByKey<T> implements TComparator<T> {
        private final TFunction<? super T, ?> key;
        private final TComparator<Object> keyComparator;

        @SuppressWarnings("unchecked")
        ByKey(TFunction<? super T, ?> key, TComparator<?> keyComparator) {
            this.key = key;
            this.keyComparator = (TComparator<Object>) keyComparator;
        }

        public int compare(T a, T b) {
            Object x = key.apply(a);
            Object y = key.apply(b);
            return keyComparator == null ? compareNatural(x, y) : keyComparator.compare(x, y);
        }
    }

    static final class Nulls<T> implements TComparator<T> {
        private final boolean nullFirst;
        private final TComparator<Object> real;

        @SuppressWarnings("unchecked")
        Nulls(boolean nullFirst, TComparator<?> real) {
            this.nullFirst = nullFirst;
            this.real = (TComparator<Object>) real;
        }

        public int compare(T a, T b) {
            if (a == null) {
                return b == null ? 0 : nullFirst ? -1 : 1;
            }
            if (b == null) {
                return nullFirst ? 1 : -1;
            }
            return real == null ? 0 : real.compare(a, b);
        }
    }

    static final class ByIntKey<T> implements TComparator<T> {
        private final TToIntFunction<? super T> key;

        ByIntKey(TToIntFunction<? super T> key) {
            this.key = key;
        }

        public int compare(T a, T b) {
            return Integer.compare(key.applyAsInt(a), key.applyAsInt(b));
        }
    }

    // ---- immutable lists and the other factories -------------------------------------------------

    static <E> TList<E> immutableList(Object[] elements) {
        for (int i = 0; i < elements.length; i++) {
            if (elements[i] == null) {
                throw new NullPointerException();
            }
        }
        return new ImmList<E>(elements, elements.length == 1 || elements.length == 2 ? ImmList.LIST_OF_SMALL : ImmList.LIST_OF);
    }

    public static <T> TList<T> emptyList() {
        return new ImmList<T>(new Object[0], ImmList.EMPTY);
    }

    public static <T> TList<T> singletonList(T o) {
        return new ImmList<T>(new Object[] {o}, ImmList.SINGLETON);
    }

    public static <T> TList<T> nCopies(int n, T o) {
        if (n < 0) {
            throw new IllegalArgumentException("List length = " + n);
        }
        Object[] a = new Object[n];
        for (int i = 0; i < n; i++) {
            a[i] = o;
        }
        return new ImmList<T>(a, ImmList.COPIES);
    }

    public static <T> TSet<T> emptySet() {
        return new UnmodifiableSet<T>(new THashSet<T>());
    }

    public static <T> TSet<T> singleton(T o) {
        THashSet<T> s = new THashSet<T>(1);
        s.add(o);
        return new UnmodifiableSet<T>(s);
    }

    public static <K, V> TMap<K, V> emptyMap() {
        return new UnmodifiableMap<K, V>(new THashMap<K, V>());
    }

    public static <K, V> TMap<K, V> singletonMap(K key, V value) {
        THashMap<K, V> m = new THashMap<K, V>(1);
        m.put(key, value);
        return new UnmodifiableMap<K, V>(m);
    }

    /** Set.of: an unmodifiable set in argument order; nulls and duplicates refused as by the JDK. */
    @SuppressWarnings("unchecked")
    static <E> TSet<E> immutableSet(Object[] elements) {
        TLinkedHashSet<E> s = new TLinkedHashSet<E>();
        for (int i = 0; i < elements.length; i++) {
            Object e = elements[i];
            if (e == null) {
                throw new NullPointerException();
            }
            if (!s.add((E) e)) {
                throw new IllegalArgumentException("duplicate element: " + String.valueOf(e));
            }
        }
        return new UnmodifiableSet<E>(s);
    }

    /** Map.of: keys and values alternating; nulls and duplicate keys refused as by the JDK. */
    @SuppressWarnings("unchecked")
    static <K, V> TMap<K, V> immutableMap(Object[] kv) {
        TLinkedHashMap<K, V> m = new TLinkedHashMap<K, V>();
        for (int i = 0; i < kv.length; i += 2) {
            Object k = kv[i];
            Object v = kv[i + 1];
            if (k == null || v == null) {
                throw new NullPointerException();
            }
            if (m.put((K) k, (V) v) != null) {
                throw new IllegalArgumentException("duplicate key: " + String.valueOf(k));
            }
        }
        return new UnmodifiableMap<K, V>(m);
    }

    /** Map.Entry.comparingByKey/comparingByValue. */
    static final class ByEntry<K, V> implements TComparator<TMap.Entry<K, V>> {
        private final boolean byKey;
        private final TComparator<Object> cmp;

        @SuppressWarnings("unchecked")
        ByEntry(boolean byKey, TComparator<?> cmp) {
            this.byKey = byKey;
            this.cmp = (TComparator<Object>) cmp;
        }

        public int compare(TMap.Entry<K, V> a, TMap.Entry<K, V> b) {
            Object x = byKey ? a.getKey() : a.getValue();
            Object y = byKey ? b.getKey() : b.getValue();
            return cmp == null ? compareNatural(x, y) : cmp.compare(x, y);
        }
    }

    /**
     * An array-backed list that cannot grow or shrink: List.of, Arrays.asList (whose set writes
     * through), emptyList, singletonList and nCopies, told apart by {@code kind} for their index
     * messages and for whether set is allowed.
     */
    static final class ImmList<E> extends TAbstractList<E> implements TRandomAccess {
        static final int LIST_OF = 0;
        static final int LIST_OF_SMALL = 1;
        static final int AS_LIST = 2;
        static final int EMPTY = 3;
        static final int SINGLETON = 4;
        static final int COPIES = 5;

        private final Object[] a;
        private final int kind;

        ImmList(Object[] a, int kind) {
            this.a = a;
            this.kind = kind;
        }

        public int size() {
            return a.length;
        }

        private void check(int index) {
            if (index >= 0 && index < a.length) {
                return;
            }
            switch (kind) {
                case LIST_OF_SMALL:
                    throw new IndexOutOfBoundsException("Index: " + index + " Size: " + a.length);
                case EMPTY:
                    throw new IndexOutOfBoundsException("Index: " + index);
                case SINGLETON:
                    throw new IndexOutOfBoundsException("Index: " + index + ", Size: 1");
                case COPIES:
                    throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + a.length);
                default:
                    throw new ArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length " + a.length);
            }
        }

        @SuppressWarnings("unchecked")
        public E get(int index) {
            check(index);
            return (E) a[index];
        }

        @SuppressWarnings("unchecked")
        public E set(int index, E element) {
            if (kind != AS_LIST) {
                throw new UnsupportedOperationException();
            }
            check(index);
            E old = (E) a[index];
            a[index] = element;
            return old;
        }

        public int indexOf(Object o) {
            if (o == null && (kind == LIST_OF || kind == LIST_OF_SMALL)) {
                throw new NullPointerException();
            }
            return super.indexOf(o);
        }

        public int lastIndexOf(Object o) {
            if (o == null && (kind == LIST_OF || kind == LIST_OF_SMALL)) {
                throw new NullPointerException();
            }
            return super.lastIndexOf(o);
        }

        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        public Object[] toArray() {
            Object[] r = new Object[a.length];
            System.arraycopy(a, 0, r, 0, a.length);
            return r;
        }

        /**
         * As each JDK list sorts: Arrays.asList in place; emptyList and singletonList do nothing;
         * nCopies takes List.sort's default (sort a copy, then set every element: nothing to set
         * when empty, else UnsupportedOperationException after the comparisons); List.of refuses.
         */
        @SuppressWarnings("unchecked")
        public void sort(TComparator<? super E> c) {
            switch (kind) {
                case AS_LIST -> TArrays.sortRange(a, 0, a.length, (TComparator<Object>) c);
                case EMPTY, SINGLETON -> { }
                case COPIES -> {
                    if (a.length > 0) {
                        TArrays.sortRange(a.clone(), 0, a.length, (TComparator<Object>) c);
                        throw new UnsupportedOperationException();
                    }
                }
                default -> throw new UnsupportedOperationException();
            }
        }

        public void clear() {
            throw new UnsupportedOperationException();
        }

        public boolean addAll(TCollection<? extends E> c) {
            throw new UnsupportedOperationException();
        }

        public boolean removeAll(TCollection<?> c) {
            throw new UnsupportedOperationException();
        }

        public boolean retainAll(TCollection<?> c) {
            throw new UnsupportedOperationException();
        }

        public boolean remove(Object o) {
            throw new UnsupportedOperationException();
        }
    }

    // ---- unmodifiable views -------------------------------------------------------------------------

    public static <T> TCollection<T> unmodifiableCollection(TCollection<? extends T> c) {
        return new UnmodifiableCollection<T>(c);
    }

    public static <T> TList<T> unmodifiableList(TList<? extends T> list) {
        if (list instanceof UnmodifiableList) {
            @SuppressWarnings("unchecked")
            TList<T> same = (TList<T>) list;
            return same;
        }
        return new UnmodifiableList<T>(list);
    }

    public static <T> TSet<T> unmodifiableSet(TSet<? extends T> s) {
        if (s instanceof UnmodifiableSet) {
            @SuppressWarnings("unchecked")
            TSet<T> same = (TSet<T>) s;
            return same;
        }
        return new UnmodifiableSet<T>(s);
    }

    public static <K, V> TMap<K, V> unmodifiableMap(TMap<? extends K, ? extends V> m) {
        if (m instanceof UnmodifiableMap) {
            @SuppressWarnings("unchecked")
            TMap<K, V> same = (TMap<K, V>) m;
            return same;
        }
        return new UnmodifiableMap<K, V>(m);
    }

    static class UnmodifiableCollection<E> implements TCollection<E> {
        final TCollection<? extends E> c;

        UnmodifiableCollection(TCollection<? extends E> c) {
            if (c == null) {
                throw new NullPointerException();
            }
            this.c = c;
        }

        public int size() {
            return c.size();
        }

        public boolean isEmpty() {
            return c.isEmpty();
        }

        public boolean contains(Object o) {
            return c.contains(o);
        }

        public Object[] toArray() {
            return c.toArray();
        }

        public <T> T[] toArray(T[] a) {
            return c.toArray(a);
        }

        public String toString() {
            return c.toString();
        }

        public TIterator<E> iterator() {
            return new UnmodifiableIterator<E>(c.iterator());
        }

        public boolean add(E e) {
            throw new UnsupportedOperationException();
        }

        public boolean remove(Object o) {
            throw new UnsupportedOperationException();
        }

        public boolean containsAll(TCollection<?> coll) {
            return c.containsAll(coll);
        }

        public boolean addAll(TCollection<? extends E> coll) {
            throw new UnsupportedOperationException();
        }

        public boolean removeAll(TCollection<?> coll) {
            throw new UnsupportedOperationException();
        }

        public boolean retainAll(TCollection<?> coll) {
            throw new UnsupportedOperationException();
        }

        public void clear() {
            throw new UnsupportedOperationException();
        }

        public boolean removeIf(rtgo.runtime.classlib.java.util.function.TPredicate<? super E> filter) {
            throw new UnsupportedOperationException();
        }
    }

    static final class UnmodifiableIterator<E> implements TIterator<E> {
        private final TIterator<? extends E> it;

        UnmodifiableIterator(TIterator<? extends E> it) {
            this.it = it;
        }

        public boolean hasNext() {
            return it.hasNext();
        }

        public E next() {
            return it.next();
        }

        public void remove() {
            throw new UnsupportedOperationException();
        }
    }

    static final class UnmodifiableSet<E> extends UnmodifiableCollection<E> implements TSet<E> {
        UnmodifiableSet(TSet<? extends E> s) {
            super(s);
        }

        public boolean equals(Object o) {
            return o == this || c.equals(o);
        }

        public int hashCode() {
            return c.hashCode();
        }
    }

    static final class UnmodifiableList<E> extends UnmodifiableCollection<E> implements TList<E> {
        private final TList<? extends E> list;

        UnmodifiableList(TList<? extends E> list) {
            super(list);
            this.list = list;
        }

        public boolean equals(Object o) {
            return o == this || list.equals(o);
        }

        public int hashCode() {
            return list.hashCode();
        }

        public E get(int index) {
            return list.get(index);
        }

        public E set(int index, E element) {
            throw new UnsupportedOperationException();
        }

        public void add(int index, E element) {
            throw new UnsupportedOperationException();
        }

        public E remove(int index) {
            throw new UnsupportedOperationException();
        }

        public int indexOf(Object o) {
            return list.indexOf(o);
        }

        public int lastIndexOf(Object o) {
            return list.lastIndexOf(o);
        }

        public boolean addAll(int index, TCollection<? extends E> c) {
            throw new UnsupportedOperationException();
        }

        public void sort(TComparator<? super E> c) {
            throw new UnsupportedOperationException();
        }

        public void replaceAll(rtgo.runtime.classlib.java.util.function.TUnaryOperator<E> operator) {
            throw new UnsupportedOperationException();
        }

        public TListIterator<E> listIterator() {
            return listIterator(0);
        }

        public TListIterator<E> listIterator(int index) {
            return new UnmodifiableListIterator<E>(list.listIterator(index));
        }

        public TList<E> subList(int fromIndex, int toIndex) {
            return new UnmodifiableList<E>(list.subList(fromIndex, toIndex));
        }
    }

    static final class UnmodifiableListIterator<E> implements TListIterator<E> {
        private final TListIterator<? extends E> it;

        UnmodifiableListIterator(TListIterator<? extends E> it) {
            this.it = it;
        }

        public boolean hasNext() {
            return it.hasNext();
        }

        public E next() {
            return it.next();
        }

        public boolean hasPrevious() {
            return it.hasPrevious();
        }

        public E previous() {
            return it.previous();
        }

        public int nextIndex() {
            return it.nextIndex();
        }

        public int previousIndex() {
            return it.previousIndex();
        }

        public void remove() {
            throw new UnsupportedOperationException();
        }

        public void set(E e) {
            throw new UnsupportedOperationException();
        }

        public void add(E e) {
            throw new UnsupportedOperationException();
        }
    }

    static final class UnmodifiableMap<K, V> implements TMap<K, V> {
        private final TMap<? extends K, ? extends V> m;

        UnmodifiableMap(TMap<? extends K, ? extends V> m) {
            if (m == null) {
                throw new NullPointerException();
            }
            this.m = m;
        }

        public int size() {
            return m.size();
        }

        public boolean isEmpty() {
            return m.isEmpty();
        }

        public boolean containsKey(Object key) {
            return m.containsKey(key);
        }

        public boolean containsValue(Object value) {
            return m.containsValue(value);
        }

        public V get(Object key) {
            return m.get(key);
        }

        public V put(K key, V value) {
            throw new UnsupportedOperationException();
        }

        public V remove(Object key) {
            throw new UnsupportedOperationException();
        }

        public void putAll(TMap<? extends K, ? extends V> map) {
            throw new UnsupportedOperationException();
        }

        public void clear() {
            throw new UnsupportedOperationException();
        }

        @SuppressWarnings("unchecked")
        public TSet<K> keySet() {
            return new UnmodifiableSet<K>((TSet<K>) m.keySet());
        }

        @SuppressWarnings("unchecked")
        public TCollection<V> values() {
            return new UnmodifiableCollection<V>((TCollection<V>) m.values());
        }

        @SuppressWarnings("unchecked")
        public TSet<TMap.Entry<K, V>> entrySet() {
            return new UnmodifiableEntrySet<K, V>((TSet<TMap.Entry<K, V>>) (TSet<?>) m.entrySet());
        }

        public boolean equals(Object o) {
            return o == this || m.equals(o);
        }

        public int hashCode() {
            return m.hashCode();
        }

        public String toString() {
            return m.toString();
        }

        @SuppressWarnings("unchecked")
        public V getOrDefault(Object key, V defaultValue) {
            return ((TMap<K, V>) m).getOrDefault(key, defaultValue);
        }

        public V putIfAbsent(K key, V value) {
            throw new UnsupportedOperationException();
        }

        public boolean remove(Object key, Object value) {
            throw new UnsupportedOperationException();
        }

        public boolean replace(K key, V oldValue, V newValue) {
            throw new UnsupportedOperationException();
        }

        public V replace(K key, V value) {
            throw new UnsupportedOperationException();
        }

        public V computeIfAbsent(K key, TFunction<? super K, ? extends V> f) {
            throw new UnsupportedOperationException();
        }

        public V computeIfPresent(K key, rtgo.runtime.classlib.java.util.function.TBiFunction<? super K, ? super V, ? extends V> f) {
            throw new UnsupportedOperationException();
        }

        public V compute(K key, rtgo.runtime.classlib.java.util.function.TBiFunction<? super K, ? super V, ? extends V> f) {
            throw new UnsupportedOperationException();
        }

        public V merge(K key, V value, rtgo.runtime.classlib.java.util.function.TBiFunction<? super V, ? super V, ? extends V> f) {
            throw new UnsupportedOperationException();
        }

        public void replaceAll(rtgo.runtime.classlib.java.util.function.TBiFunction<? super K, ? super V, ? extends V> f) {
            throw new UnsupportedOperationException();
        }
    }

    /** The entries of an unmodifiable map: iterated as read-only entries. */
    static final class UnmodifiableEntrySet<K, V> extends TAbstractSet<TMap.Entry<K, V>> {
        private final TSet<TMap.Entry<K, V>> s;

        UnmodifiableEntrySet(TSet<TMap.Entry<K, V>> s) {
            this.s = s;
        }

        public int size() {
            return s.size();
        }

        public boolean contains(Object o) {
            return s.contains(o);
        }

        public TIterator<TMap.Entry<K, V>> iterator() {
            final TIterator<TMap.Entry<K, V>> it = s.iterator();
            return new TIterator<TMap.Entry<K, V>>() {
                public boolean hasNext() {
                    return it.hasNext();
                }

                public TMap.Entry<K, V> next() {
                    return new ReadOnlyEntry<K, V>(it.next());
                }
            };
        }

        public boolean add(TMap.Entry<K, V> e) {
            throw new UnsupportedOperationException();
        }

        public boolean remove(Object o) {
            throw new UnsupportedOperationException();
        }

        public void clear() {
            throw new UnsupportedOperationException();
        }

        public boolean removeAll(TCollection<?> c) {
            throw new UnsupportedOperationException();
        }

        public boolean retainAll(TCollection<?> c) {
            throw new UnsupportedOperationException();
        }
    }

    static final class ReadOnlyEntry<K, V> implements TMap.Entry<K, V> {
        private final TMap.Entry<K, V> e;

        ReadOnlyEntry(TMap.Entry<K, V> e) {
            this.e = e;
        }

        public K getKey() {
            return e.getKey();
        }

        public V getValue() {
            return e.getValue();
        }

        public V setValue(V value) {
            throw new UnsupportedOperationException();
        }

        public boolean equals(Object o) {
            return e.equals(o);
        }

        public int hashCode() {
            return e.hashCode();
        }

        public String toString() {
            return e.toString();
        }
    }
}
