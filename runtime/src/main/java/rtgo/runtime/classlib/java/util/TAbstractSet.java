package rtgo.runtime.classlib.java.util;

/*
 * TAbstractSet: java.util.AbstractSet as a whole-class substitute.
 *
 * Design note. The Set contract's equals (same size, and containsAll; a ClassCastException or
 * NullPointerException from a lookup means "not equal") and hashCode (the sum of the elements'
 * hashes), and removeAll choosing, as the JDK's does, between iterating the argument (when this
 * set is larger) and iterating the set: the choice decides which equals is asked, which a program
 * can observe.
 */
public abstract class TAbstractSet<E> extends TAbstractCollection<E> implements TSet<E> {
    protected TAbstractSet() {}

    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof TSet)) {
            return false;
        }
        TCollection<?> c = (TCollection<?>) o;
        if (c.size() != size()) {
            return false;
        }
        try {
            return containsAll(c);
        } catch (ClassCastException | NullPointerException unused) {
            return false;
        }
    }

    public int hashCode() {
        int h = 0;
        for (TIterator<E> it = iterator(); it.hasNext();) {
            Object e = it.next();
            if (e != null) {
                h += e.hashCode();
            }
        }
        return h;
    }

    public boolean removeAll(TCollection<?> c) {
        if (c == null) {
            throw new NullPointerException();
        }
        boolean modified = false;
        if (size() > c.size()) {
            for (TIterator<?> it = c.iterator(); it.hasNext();) {
                if (remove(it.next())) {
                    modified = true;
                }
            }
        } else {
            for (TIterator<E> it = iterator(); it.hasNext();) {
                if (c.contains(it.next())) {
                    it.remove();
                    modified = true;
                }
            }
        }
        return modified;
    }
}
