package rtgo.runtime.classlib.java.lang;

/**
 * What {@code new Object()} makes on the device (a lock, a sentinel): an object with no fields,
 * whose class prints as java.lang.Object. Object's own methods (TObject) apply to it like to any
 * object; the class exists because java.lang.Object itself has no instances on the device.
 */
public final class TPlainObject {
    public TPlainObject() {}
}
