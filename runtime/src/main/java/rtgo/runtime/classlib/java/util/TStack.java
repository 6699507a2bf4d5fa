package rtgo.runtime.classlib.java.util;

import java.util.EmptyStackException;

/*
 * TStack: java.util.Stack as a whole-class substitute.
 *
 * Design note. A Vector whose end is the top, as in the JDK, so its toString lists bottom to top
 * and its capacity grows as a Vector's; pop and peek on an empty stack throw EmptyStackException,
 * search counts from the top starting at 1.
 */
public class TStack<E> extends TVector<E> {
    public TStack() {}

    public E push(E item) {
        addElement(item);
        return item;
    }

    public E pop() {
        E top = peek();
        removeElementAt(size() - 1);
        return top;
    }

    public E peek() {
        int n = size();
        if (n == 0) {
            throw new EmptyStackException();
        }
        return elementAt(n - 1);
    }

    public boolean empty() {
        return size() == 0;
    }

    public int search(Object o) {
        int i = lastIndexOf(o);
        return i >= 0 ? size() - i : -1;
    }
}
