package rtgo.runtime.classlib.java.util;

/**
 * java.util.Set (an interface substitute): the Collection methods with a set's contract, and the
 * Set.of / Set.copyOf factories. The JDK randomises the iteration order of Set.of per JVM run
 * (so no output can depend on it); here it is the order of the arguments. Duplicates in Set.of
 * throw IllegalArgumentException ("duplicate element: x") and nulls NullPointerException, as in
 * the JDK; the sets are unmodifiable.
 */
public interface TSet<E> extends TCollection<E> {
    static <E> TSet<E> of() {
        return TCollections.immutableSet(new Object[] {});
    }

    static <E> TSet<E> of(E e1) {
        return TCollections.immutableSet(new Object[] {e1});
    }

    static <E> TSet<E> of(E e1, E e2) {
        return TCollections.immutableSet(new Object[] {e1, e2});
    }

    static <E> TSet<E> of(E e1, E e2, E e3) {
        return TCollections.immutableSet(new Object[] {e1, e2, e3});
    }

    static <E> TSet<E> of(E e1, E e2, E e3, E e4) {
        return TCollections.immutableSet(new Object[] {e1, e2, e3, e4});
    }

    static <E> TSet<E> of(E e1, E e2, E e3, E e4, E e5) {
        return TCollections.immutableSet(new Object[] {e1, e2, e3, e4, e5});
    }

    static <E> TSet<E> of(E e1, E e2, E e3, E e4, E e5, E e6) {
        return TCollections.immutableSet(new Object[] {e1, e2, e3, e4, e5, e6});
    }

    static <E> TSet<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7) {
        return TCollections.immutableSet(new Object[] {e1, e2, e3, e4, e5, e6, e7});
    }

    static <E> TSet<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8) {
        return TCollections.immutableSet(new Object[] {e1, e2, e3, e4, e5, e6, e7, e8});
    }

    static <E> TSet<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8, E e9) {
        return TCollections.immutableSet(new Object[] {e1, e2, e3, e4, e5, e6, e7, e8, e9});
    }

    static <E> TSet<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8, E e9, E e10) {
        return TCollections.immutableSet(new Object[] {e1, e2, e3, e4, e5, e6, e7, e8, e9, e10});
    }

    @SafeVarargs
    static <E> TSet<E> of(E... elements) {
        Object[] copy = new Object[elements.length];
        System.arraycopy(elements, 0, copy, 0, copy.length);
        return TCollections.immutableSet(copy);
    }

    @SuppressWarnings("unchecked")
    static <E> TSet<E> copyOf(TCollection<? extends E> c) {
        if (c instanceof TCollections.UnmodifiableSet) {
            return (TSet<E>) c;
        }
        Object[] a = c.toArray();
        for (int i = 0; i < a.length; i++) {
            if (a[i] == null) {
                throw new NullPointerException();
            }
        }
        TLinkedHashSet<E> s = new TLinkedHashSet<E>();
        for (int i = 0; i < a.length; i++) {
            s.add((E) a[i]);
        }
        return new TCollections.UnmodifiableSet<E>(s);
    }
}
