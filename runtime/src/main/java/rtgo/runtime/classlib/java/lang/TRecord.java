package rtgo.runtime.classlib.java.lang;

/**
 * java.lang.Record (whole-class substitute): the superclass of every record. Its equals, hashCode
 * and toString are the record's own, which the transpiler generates from javac's ObjectMethods
 * call sites (rtgo.frontend.RecordMethods).
 */
public abstract class TRecord {
    protected TRecord() {}

    public abstract boolean equals(Object obj);

    public abstract int hashCode();

    public abstract String toString();
}
