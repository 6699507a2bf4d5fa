package rtgo.runtime.classlib.java.lang;

/**
 * java.lang.Number (whole-class substitute): the superclass of the boxed numeric types, so that
 * {@code List<Number>}, {@code <T extends Number>} and {@code Number n = ...} work with casts and
 * calls of the xxxValue methods, as on the JVM. Concrete numbers define the abstract conversions;
 * byteValue and shortValue narrow intValue, as the JDK's defaults do.
 */
public abstract class TNumber {
    public TNumber() {}

    public abstract int intValue();

    public abstract long longValue();

    public abstract float floatValue();

    public abstract double doubleValue();

    public byte byteValue() {
        return (byte) intValue();
    }

    public short shortValue() {
        return (short) intValue();
    }
}
