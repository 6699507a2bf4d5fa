package rtgo.runtime.classlib.java.util;

import rtgo.runtime.Types;
import rtgo.runtime.classlib.java.lang.TEnum;

/*
 * TEnumSet: java.util.EnumSet on the device, a bit set over the constants' ordinals.
 *
 * Design note. The JDK splits EnumSet into RegularEnumSet (one long) and JumboEnumSet (a long[]);
 * one class with an int[] of 32-bit words does both here (the Cortex-M0+ handles ints natively,
 * and programs only see the factories). The universe, the enum's constants in ordinal order,
 * comes from Types.enumConstants: the transpiler lists every enum class with its $VALUES field
 * (docs/abi.md, rtgo_enum_values), and initialises the class before noneOf/allOf(E.class).
 * Iteration is in ordinal order and tolerates removal through the iterator, as the JDK's; like
 * the JDK's, the iterator is not fail-fast (it reads the live bits). toString, equals and hashCode
 * are AbstractSet's, so they print and compare exactly as the JDK's sets do.
 */
public class TEnumSet<E extends TEnum<E>> extends TAbstractSet<E> implements Cloneable {
    private final Class<E> type;
    private final Object[] universe;
    private int[] bits;

    TEnumSet(Class<E> type, Object[] universe) {
        this.type = type;
        this.universe = universe;
        this.bits = new int[(universe.length + 31) >>> 5];
    }

    @SuppressWarnings("unchecked")
    private static <E extends TEnum<E>> TEnumSet<E> empty(Class<E> type) {
        if (type == null) {
            throw new NullPointerException();
        }
        Object[] universe = Types.enumConstants(type);
        if (universe == null) {
            throw new ClassCastException("class " + type.getName() + " not an enum");
        }
        return new TEnumSet<>(type, universe);
    }

    public static <E extends TEnum<E>> TEnumSet<E> noneOf(Class<E> elementType) {
        return empty(elementType);
    }

    public static <E extends TEnum<E>> TEnumSet<E> allOf(Class<E> elementType) {
        TEnumSet<E> s = empty(elementType);
        for (int i = 0; i < s.universe.length; i++) {
            s.set(i);
        }
        return s;
    }

    public static <E extends TEnum<E>> TEnumSet<E> of(E e) {
        TEnumSet<E> s = empty(e.getDeclaringClass());
        s.add(e);
        return s;
    }

    public static <E extends TEnum<E>> TEnumSet<E> of(E e1, E e2) {
        TEnumSet<E> s = of(e1);
        s.add(e2);
        return s;
    }

    public static <E extends TEnum<E>> TEnumSet<E> of(E e1, E e2, E e3) {
        TEnumSet<E> s = of(e1, e2);
        s.add(e3);
        return s;
    }

    public static <E extends TEnum<E>> TEnumSet<E> of(E e1, E e2, E e3, E e4) {
        TEnumSet<E> s = of(e1, e2, e3);
        s.add(e4);
        return s;
    }

    public static <E extends TEnum<E>> TEnumSet<E> of(E e1, E e2, E e3, E e4, E e5) {
        TEnumSet<E> s = of(e1, e2, e3, e4);
        s.add(e5);
        return s;
    }

    @SafeVarargs
    public static <E extends TEnum<E>> TEnumSet<E> of(E first, E... rest) {
        TEnumSet<E> s = of(first);
        for (E e : rest) {
            s.add(e);
        }
        return s;
    }

    public static <E extends TEnum<E>> TEnumSet<E> range(E from, E to) {
        if (from.compareTo(to) > 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        TEnumSet<E> s = empty(from.getDeclaringClass());
        for (int i = from.ordinal(); i <= to.ordinal(); i++) {
            s.set(i);
        }
        return s;
    }

    public static <E extends TEnum<E>> TEnumSet<E> copyOf(TEnumSet<E> s) {
        return s.clone();
    }

    public static <E extends TEnum<E>> TEnumSet<E> copyOf(TCollection<E> c) {
        if (c instanceof TEnumSet<E> es) {
            return es.clone();
        }
        if (c.isEmpty()) {
            throw new IllegalArgumentException("Collection is empty");
        }
        TIterator<E> i = c.iterator();
        TEnumSet<E> s = of(i.next());
        while (i.hasNext()) {
            s.add(i.next());
        }
        return s;
    }

    public static <E extends TEnum<E>> TEnumSet<E> complementOf(TEnumSet<E> s) {
        TEnumSet<E> c = new TEnumSet<>(s.type, s.universe);
        for (int i = 0; i < s.universe.length; i++) {
            if (!s.has(i)) {
                c.set(i);
            }
        }
        return c;
    }

    @SuppressWarnings("unchecked")
    public TEnumSet<E> clone() {
        TEnumSet<E> c = new TEnumSet<>(type, universe);
        c.bits = bits.clone();
        return c;
    }

    private boolean has(int i) {
        return (bits[i >>> 5] & (1 << i)) != 0;
    }

    private void set(int i) {
        bits[i >>> 5] |= 1 << i;
    }

    /** The ordinal of o when it is a constant of this set's enum, else -1. */
    private int ordinalOf(Object o) {
        if (!(o instanceof TEnum<?> e)) {
            return -1;
        }
        int i = e.ordinal();
        return i < universe.length && universe[i] == e ? i : -1;
    }

    public int size() {
        int n = 0;
        for (int w : bits) {
            n += Integer.bitCount(w);
        }
        return n;
    }

    public boolean contains(Object o) {
        int i = ordinalOf(o);
        return i >= 0 && has(i);
    }

    public boolean add(E e) {
        int i = ordinalOf(e);
        if (i < 0) {
            if (e == null) {
                throw new NullPointerException();
            }
            throw new ClassCastException("class " + e.getClass().getName() + " != class " + type.getName());
        }
        boolean had = has(i);
        set(i);
        return !had;
    }

    public boolean remove(Object o) {
        int i = ordinalOf(o);
        if (i < 0 || !has(i)) {
            return false;
        }
        bits[i >>> 5] &= ~(1 << i);
        return true;
    }

    public void clear() {
        for (int k = 0; k < bits.length; k++) {
            bits[k] = 0;
        }
    }

    public TIterator<E> iterator() {
        return new TIterator<E>() {
            private int next = advance(0);
            private int last = -1;

            private int advance(int from) {
                int i = from;
                while (i < universe.length && !has(i)) {
                    i++;
                }
                return i;
            }

            public boolean hasNext() {
                return next < universe.length;
            }

            @SuppressWarnings("unchecked")
            public E next() {
                if (next >= universe.length) {
                    throw new java.util.NoSuchElementException();
                }
                last = next;
                next = advance(next + 1);
                return (E) universe[last];
            }

            public void remove() {
                if (last < 0) {
                    throw new IllegalStateException();
                }
                bits[last >>> 5] &= ~(1 << last);
                last = -1;
            }
        };
    }
}
