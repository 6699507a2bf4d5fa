package rtgo.runtime;

import rtgo.vm.Mem;
import rtgo.vm.abi.ObjectLayout;

/**
 * Type tests on the program's classes (docs/abi.md, "Objects"): the transpiler numbers the class
 * tree depth first, so a class's subclasses have the ids from its own to its descriptor's "last"
 * id, and a subclass test is two compares. Arrays and Strings have id 0 and are no class's instance.
 */
public final class Types {
    private Types() {}

    /** {@code instanceof}: whether {@code obj} (an address, 0 for null) is an instance of class {@code type}. */
    public static boolean isInstance(int obj, int type) {
        return obj != 0 && isSubclass(Mem.load32(obj + ObjectLayout.DESCRIPTOR), type);
    }

    /** {@code checkcast}: returns when {@code obj} is null or an instance of class {@code type}, else reports. */
    public static void checkCast(int obj, int type) {
        if (obj != 0) {
            int actual = Mem.load32(obj + ObjectLayout.DESCRIPTOR);
            if (!isSubclass(actual, type)) {
                Throw.classCast(actual, type);
            }
        }
    }

    /** Whether descriptor {@code sub} is class descriptor {@code type} or a subclass of it. */
    static boolean isSubclass(int sub, int type) {
        if ((Mem.load32(sub + ObjectLayout.DESC_FLAGS) & ObjectLayout.FLAG_CLASS) == 0
                || (Mem.load32(type + ObjectLayout.DESC_FLAGS) & ObjectLayout.FLAG_CLASS) == 0) {
            return false;
        }
        int id = Mem.load32(sub + ObjectLayout.DESC_ID) & 0xffff;
        int range = Mem.load32(type + ObjectLayout.DESC_ID);
        return id >= (range & 0xffff) && id <= (range >>> 16);
    }
}
