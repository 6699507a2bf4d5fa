package rtgo.runtime.classlib.java.lang;

import rtgo.vm.Address;
import rtgo.vm.Mem;
import rtgo.vm.abi.ObjectLayout;

/*
 * TEnum: java.lang.Enum on the device, a whole-class substitute: every enum class of the program
 * extends it, so a constant holds its name and ordinal here, as on the JVM.
 *
 * Design note. javac's E.valueOf(String) calls Enum.valueOf(E.class, name); the device has no
 * reflection to find E's constants from its Class, so the transpiler passes E.values() along
 * (Calls: the class literal is a constant there) and valueOf searches that array. The reports are
 * the JDK's: "No enum constant E.NAME" with the canonical name ('$' of a member class read as
 * '.') and "Name is null". equals is identity and hashCode the identity hash, both final as in the
 * JDK; compareTo compares ordinals. getDeclaringClass skips the class of a constant with a body
 * (E$1 extends E) by looking at the descriptor's superclass.
 */
public abstract class TEnum<E extends TEnum<E>> implements TComparable<E> {
    private final String name;
    private final int ordinal;

    protected TEnum(String name, int ordinal) {
        this.name = name;
        this.ordinal = ordinal;
    }

    public final String name() {
        return name;
    }

    public final int ordinal() {
        return ordinal;
    }

    public String toString() {
        return name;
    }

    public final boolean equals(Object other) {
        return this == other;
    }

    public final int hashCode() {
        return super.hashCode();
    }

    public final int compareTo(E o) {
        TEnum<?> other = o;
        if (getDeclaringClass() != other.getDeclaringClass()) {
            throw new ClassCastException();
        }
        return ordinal - other.ordinal;
    }

    /** The enum class: the constant's class, or its superclass for a constant with a body. */
    @SuppressWarnings("unchecked")
    public final Class<E> getDeclaringClass() {
        int desc = Mem.load32(Address.of(this) + ObjectLayout.DESCRIPTOR);
        int sup = Mem.load32(desc + ObjectLayout.DESC_SUPER);
        return (Class<E>) Address.toRef(sup == Address.of(TEnum.class) ? desc : sup);
    }

    /** Enum.valueOf(cls, name), with cls's constants (E.values()) supplied by the transpiler. */
    public static TEnum<?> valueOf(TEnum<?>[] constants, Class<?> cls, String name) {
        if (name == null) {
            throw new NullPointerException("Name is null");
        }
        for (TEnum<?> e : constants) {
            if (e.name.equals(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException("No enum constant " + TClass.getName(cls).replace('$', '.') + "." + name);
    }
}
