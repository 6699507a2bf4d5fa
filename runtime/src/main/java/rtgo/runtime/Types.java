package rtgo.runtime;

import rtgo.vm.Address;
import rtgo.vm.Mem;
import rtgo.vm.abi.ObjectLayout;
import rtgo.vm.abi.SymbolNames;

/**
 * Type tests on the program's classes and interfaces (docs/abi.md, "Objects"). The transpiler
 * numbers the class tree depth first, so a class's subclasses have the ids from its own to its
 * descriptor's "last" id and a subclass test is two compares; an interface test scans the class's
 * list of every interface it implements (built by the transpiler, usually one to three entries).
 * Arrays are covariant in their reference element type; an interface descriptor lists its
 * superinterfaces, so an interface array is an instance of its superinterfaces' arrays.
 */
public final class Types {
    private Types() {}

    /** {@code instanceof}: whether {@code obj} (an address, 0 for null) is an instance of {@code type}. */
    public static boolean isInstance(int obj, int type) {
        if (obj == 0) {
            return false;
        }
        int actual = Mem.load32(obj + ObjectLayout.DESCRIPTOR);
        return actual == type || isAssignable(actual, type); // the exact class first: no call
    }

    /** {@code checkcast}: returns when {@code obj} is null or an instance of {@code type}, else reports. */
    public static void checkCast(int obj, int type) {
        if (obj != 0) {
            int actual = Mem.load32(obj + ObjectLayout.DESCRIPTOR);
            if (actual != type && !isAssignable(actual, type)) { // the exact class first: no call
                Throw.classCast(actual, type);
            }
        }
    }

    /** Whether every element of an array typed {@code src} fits an array typed {@code dest} (System.arraycopy). */
    public static boolean isArrayAssignable(int src, int dest) {
        return isAssignable(src, dest);
    }

    /** Whether an object whose descriptor is {@code sub} is an instance of class or interface {@code type}. */
    static boolean isAssignable(int sub, int type) {
        if (sub == type || (Mem.load32(type + ObjectLayout.DESC_FLAGS) & ObjectLayout.FLAG_ROOT) != 0) {
            return true; // the exact type (a String, an array, the class itself), or Object
        }
        int subFlags = Mem.load32(sub + ObjectLayout.DESC_FLAGS);
        if ((subFlags & ObjectLayout.FLAG_STRING) != 0) {
            // a String's descriptor has no interface table: of its interfaces, Comparable is the
            // one with a descriptor (CharSequence arrays are Object[] on the device)
            return (Mem.load32(type + ObjectLayout.DESC_FLAGS) & ObjectLayout.FLAG_INTERFACE) != 0
                    && "java.lang.Comparable".equals(Address.toRef(Mem.load32(type + ObjectLayout.DESC_NAME)));
        }
        if ((subFlags & ObjectLayout.FLAG_ARRAY) != 0) {
            // arrays are covariant in their reference element type: Sub[][] is a Base[][] and an Object[]
            int typeFlags = Mem.load32(type + ObjectLayout.DESC_FLAGS);
            int refArray = ObjectLayout.FLAG_ARRAY | ObjectLayout.FLAG_REFS;
            if ((subFlags & (refArray | ObjectLayout.FLAG_STRING)) != refArray
                    || (typeFlags & (refArray | ObjectLayout.FLAG_STRING)) != refArray) {
                return false;
            }
            return isAssignable(Mem.load32(sub + ObjectLayout.DESC_ELEMENT), Mem.load32(type + ObjectLayout.DESC_ELEMENT));
        }
        if ((subFlags & (ObjectLayout.FLAG_CLASS | ObjectLayout.FLAG_INTERFACE)) == 0) {
            return false;
        }
        int typeFlags = Mem.load32(type + ObjectLayout.DESC_FLAGS);
        if ((typeFlags & ObjectLayout.FLAG_INTERFACE) != 0) {
            int list = Mem.load32(sub + ObjectLayout.DESC_INTERFACES);
            if (list == 0) {
                return false;
            }
            int n = Mem.load32(list);
            for (int k = 1; k <= n; k++) {
                if (Mem.load32(list + 4 * k) == type) {
                    return true;
                }
            }
            return false;
        }
        if ((typeFlags & ObjectLayout.FLAG_CLASS) == 0 || (subFlags & ObjectLayout.FLAG_CLASS) == 0) {
            return false; // an interface (an interface array's element) is no subclass of a class
        }
        int id = Mem.load32(sub + ObjectLayout.DESC_ID) & 0xffff;
        int range = Mem.load32(type + ObjectLayout.DESC_ID);
        return id >= (range & 0xffff) && id <= (range >>> 16);
    }

    /**
     * The constants of enum class {@code cls} in ordinal order (its {@code $VALUES} array, shared:
     * callers must not change it), or null when {@code cls} is not an enum class whose constants
     * exist (docs/abi.md, rtgo_enum_values). A class with a constant of its own has been initialised.
     */
    public static Object[] enumConstants(Class<?> cls) {
        int table = Address.symbol(SymbolNames.ENUM_VALUES);
        int n = Mem.load32(table);
        int type = Address.of(cls);
        for (int k = 0; k < n; k++) {
            if (Mem.load32(table + 4 + 8 * k) == type) {
                return (Object[]) Address.toRef(Mem.load32(Mem.load32(table + 8 + 8 * k)));
            }
        }
        return null;
    }
}
