package rtgo.runtime.classlib.java.lang;

import rtgo.runtime.StringConcat;
import rtgo.vm.Address;
import rtgo.vm.Mem;
import rtgo.vm.abi.ObjectLayout;
import rtgo.vm.abi.SymbolNames;

/*
 * TClass: java.lang.Class's name methods. A Class on the device is the type descriptor itself
 * (Object.getClass returns it), whose word 1 is the name as Class.getName() spells it.
 */
public final class TClass {
    private TClass() {}

    /**
     * Whether assertions are enabled for the class (its static initialiser computes
     * $assertionsDisabled from this): as the build chose, off by default as on the JVM without -ea.
     */
    public static boolean desiredAssertionStatus(Class<?> self) {
        return Mem.load32(Address.symbol(SymbolNames.ASSERTIONS)) != 0;
    }

    /** Class.toString: "class X", or "interface X" (a primitive's Class does not exist on the device). */
    public static String toString(Class<?> self) {
        boolean iface = (Mem.load32(Address.of(self) + ObjectLayout.DESC_FLAGS) & ObjectLayout.FLAG_INTERFACE) != 0;
        return (iface ? "interface " : "class ") + getName(self);
    }

    /** Identity, as Class.equals (one descriptor per class). */
    public static boolean equals(Class<?> self, Object other) {
        return self == other;
    }

    /** The identity hash of the descriptor, as every Class's is. */
    public static int hashCode(Class<?> self) {
        return TObject.hashCode(self);
    }

    /**
     * Whether {@code o} is a Class (a type descriptor) rather than an object: an object's first word
     * is its descriptor's address in flash, a descriptor's first word is its flags.
     */
    public static boolean isClass(Object o) {
        int first = Mem.load32(Address.of(o));
        return first >>> 24 != 0x10;
    }

    public static String getName(Class<?> self) {
        return (String) Address.toRef(Mem.load32(Address.of(self) + ObjectLayout.DESC_NAME));
    }

    /** Class.isInstance: whether {@code o} is non-null and could be cast to this class, as instanceof says. */
    public static boolean isInstance(Class<?> self, Object o) {
        return o != null && rtgo.runtime.Types.isInstance(Address.of(o), Address.of(self));
    }

    /**
     * Class.getCanonicalName: the name with a member class's "$" written as "." and "[]" per array
     * dimension; null for a local or anonymous class (a "$" followed by a digit), which has none.
     */
    public static String getCanonicalName(Class<?> self) {
        String name = getName(self);
        int dims = 0;
        while (name.charAt(dims) == '[') {
            dims++;
        }
        String element;
        if (dims == 0) {
            element = name;
        } else if (name.charAt(dims) == 'L') {
            element = name.substring(dims + 1, name.length() - 1);
        } else {
            element = primitive(name.charAt(dims));
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < element.length(); i++) {
            char c = element.charAt(i);
            if (c == '$') {
                if (i + 1 < element.length() && element.charAt(i + 1) >= '0' && element.charAt(i + 1) <= '9') {
                    return null;
                }
                c = '.';
            }
            sb.append(c);
        }
        for (int d = 0; d < dims; d++) {
            sb.append("[]");
        }
        return sb.toString();
    }

    /**
     * The name in the source: after the package and the enclosing classes ("Outer$Inner" gives
     * "Inner"), without a local class's number ("Outer$1Local" gives "Local"), empty for an
     * anonymous class ("Outer$1"), and with "[]" per dimension for arrays of those.
     */
    public static String getSimpleName(Class<?> self) {
        String name = getName(self);
        int n = name.length();
        int dims = 0;
        while (dims < n && name.charAt(dims) == '[') {
            dims++;
        }
        StringConcat.begin();
        if (dims > 0) {
            char k = name.charAt(dims);
            if (k == 'L') {
                appendSimple(name, dims + 1, n - 1);
            } else {
                StringConcat.appendString(primitive(k));
            }
            for (int d = 0; d < dims; d++) {
                StringConcat.appendString("[]");
            }
        } else {
            appendSimple(name, 0, n);
        }
        return StringConcat.end();
    }

    private static void appendSimple(String name, int from, int to) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = name.charAt(i);
            if (c == '.' || c == '$') {
                start = i + 1;
            }
        }
        while (start < to && name.charAt(start) >= '0' && name.charAt(start) <= '9') {
            start++;
        }
        for (int i = start; i < to; i++) {
            StringConcat.appendChar(name.charAt(i));
        }
    }

    private static String primitive(char k) {
        return switch (k) {
            case 'Z' -> "boolean";
            case 'B' -> "byte";
            case 'C' -> "char";
            case 'S' -> "short";
            case 'I' -> "int";
            case 'J' -> "long";
            case 'F' -> "float";
            default -> "double";
        };
    }
}
