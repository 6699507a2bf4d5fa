package rtgo.runtime.classlib.java.util;

import java.util.NoSuchElementException;

/*
 * TVector: java.util.Vector as a whole-class substitute (the base of Stack).
 *
 * Design note. An array list with Vector's own conventions, which a program can see: the array
 * starts at 10 slots and doubles, and the index errors are ArrayIndexOutOfBoundsException with
 * Vector's texts ("Array index out of range: 5", "5 >= 3" from elementAt, "5 > 3" from an insertion
 * past the end), or the array's own "Index -1 out of bounds for length 10" for a negative index,
 * which therefore names the capacity, as on the JVM. Synchronisation is moot on one thread.
 */
public class TVector<E> extends TAbstractList<E> implements TList<E>, TRandomAccess {
    protected Object[] elementData;
    protected int elementCount;
    protected int capacityIncrement;

    public TVector() {
        this(10);
    }

    public TVector(int initialCapacity) {
        this(initialCapacity, 0);
    }

    public TVector(int initialCapacity, int capacityIncrement) {
        if (initialCapacity < 0) {
            throw new IllegalArgumentException("Illegal Capacity: " + initialCapacity);
        }
        elementData = new Object[initialCapacity];
        this.capacityIncrement = capacityIncrement;
    }

    public TVector(TCollection<? extends E> c) {
        Object[] a = c.toArray();
        elementData = new Object[a.length];
        System.arraycopy(a, 0, elementData, 0, a.length);
        elementCount = a.length;
    }

    private void grow(int minCapacity) {
        int old = elementData.length;
        int cap = old + (capacityIncrement > 0 ? capacityIncrement : old);
        if (cap < minCapacity) {
            cap = minCapacity;
        }
        Object[] a = new Object[cap];
        System.arraycopy(elementData, 0, a, 0, elementCount);
        elementData = a;
    }

    public int capacity() {
        return elementData.length;
    }

    public int size() {
        return elementCount;
    }

    public boolean isEmpty() {
        return elementCount == 0;
    }

    @SuppressWarnings("unchecked")
    private E at(int index) {
        return (E) elementData[index]; // a negative index fails here, with the array's message
    }

    public E get(int index) {
        if (index >= elementCount) {
            throw new ArrayIndexOutOfBoundsException("Array index out of range: " + index);
        }
        return at(index);
    }

    public E elementAt(int index) {
        if (index >= elementCount) {
            throw new ArrayIndexOutOfBoundsException(index + " >= " + elementCount);
        }
        return at(index);
    }

    public E firstElement() {
        if (elementCount == 0) {
            throw new NoSuchElementException();
        }
        return at(0);
    }

    public E lastElement() {
        if (elementCount == 0) {
            throw new NoSuchElementException();
        }
        return at(elementCount - 1);
    }

    public E set(int index, E element) {
        if (index >= elementCount) {
            throw new ArrayIndexOutOfBoundsException("Array index out of range: " + index);
        }
        E old = at(index);
        elementData[index] = element;
        return old;
    }

    public void setElementAt(E obj, int index) {
        if (index >= elementCount) {
            throw new ArrayIndexOutOfBoundsException(index + " >= " + elementCount);
        }
        elementData[index] = obj;
    }

    public boolean add(E e) {
        modCount++;
        if (elementCount == elementData.length) {
            grow(elementCount + 1);
        }
        elementData[elementCount++] = e;
        return true;
    }

    public void addElement(E obj) {
        add(obj);
    }

    public void add(int index, E element) {
        insertElementAt(element, index);
    }

    public void insertElementAt(E obj, int index) {
        if (index > elementCount) {
            throw new ArrayIndexOutOfBoundsException(index + " > " + elementCount);
        }
        modCount++;
        if (elementCount == elementData.length) {
            grow(elementCount + 1);
        }
        System.arraycopy(elementData, index, elementData, index + 1, elementCount - index);
        elementData[index] = obj;
        elementCount++;
    }

    public E remove(int index) {
        modCount++; // before the check, as the JDK's
        if (index >= elementCount) {
            throw new ArrayIndexOutOfBoundsException("Array index out of range: " + index);
        }
        E old = at(index);
        int moved = elementCount - index - 1;
        if (moved > 0) {
            System.arraycopy(elementData, index + 1, elementData, index, moved);
        }
        elementData[--elementCount] = null;
        return old;
    }

    public void removeElementAt(int index) {
        if (index >= elementCount) {
            throw new ArrayIndexOutOfBoundsException(index + " >= " + elementCount);
        }
        if (index < 0) {
            throw new ArrayIndexOutOfBoundsException("Array index out of range: " + index);
        }
        modCount++;
        int moved = elementCount - index - 1;
        if (moved > 0) {
            System.arraycopy(elementData, index + 1, elementData, index, moved);
        }
        elementCount--;
        elementData[elementCount] = null;
    }

    public boolean remove(Object o) {
        return removeElement(o);
    }

    public boolean removeElement(Object obj) {
        modCount++;
        int i = indexOf(obj);
        if (i >= 0) {
            removeElementAt(i);
            return true;
        }
        return false;
    }

    public void removeAllElements() {
        for (int i = 0; i < elementCount; i++) {
            elementData[i] = null;
        }
        modCount++;
        elementCount = 0;
    }

    public void clear() {
        removeAllElements();
    }

    protected void removeRange(int fromIndex, int toIndex) {
        modCount++;
        System.arraycopy(elementData, toIndex, elementData, fromIndex, elementCount - toIndex);
        int newCount = elementCount - (toIndex - fromIndex);
        for (int i = newCount; i < elementCount; i++) {
            elementData[i] = null;
        }
        elementCount = newCount;
    }

    public boolean addAll(int index, TCollection<? extends E> c) {
        if (index < 0 || index > elementCount) {
            throw new ArrayIndexOutOfBoundsException("Array index out of range: " + index);
        }
        return super.addAll(index, c);
    }

    public TListIterator<E> listIterator(int index) {
        if (index < 0 || index > elementCount) {
            throw new IndexOutOfBoundsException("Index: " + index);
        }
        return super.listIterator(index);
    }

    public Object[] toArray() {
        Object[] a = new Object[elementCount];
        System.arraycopy(elementData, 0, a, 0, elementCount);
        return a;
    }
}
