package rtgo.runtime.classlib.java.lang;

/**
 * java.lang.Comparable (an interface substitute): a program class implementing Comparable
 * implements this, so sorted collections and sorts reach its compareTo through the interface
 * tables. Strings are not objects of a class on the device (TString is a static substitute), so
 * the collections compare Strings and the boxed numbers themselves before asking this interface
 * (TCollections.compareNatural).
 */
public interface TComparable<T> {
    int compareTo(T o);
}
