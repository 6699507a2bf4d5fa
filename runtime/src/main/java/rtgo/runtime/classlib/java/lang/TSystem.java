package rtgo.runtime.classlib.java.lang;

import java.io.PrintStream;
import rtgo.runtime.MemCopy;
import rtgo.runtime.Start;
import rtgo.runtime.Types;
import rtgo.vm.Address;
import rtgo.vm.Mem;
import rtgo.vm.abi.ObjectLayout;

/*
 * TSystem: the device's java.lang.System (docs/abi.md, "Class library substitution": static
 * members keep their names and descriptors, so `System.out` reads TSystem.out).
 *
 * Design note. The device has one console, UART0, and no PrintStream objects. `out` and `err`
 * therefore hold null and serve only as receivers: `System.out.println(x)` becomes
 * TPrintStream.println(System.out, x), which ignores the receiver and writes to the console. For
 * that to work the transpiler must not null-check the receiver of a substituted instance method.
 * The fields have no initialiser, so they live in .bss and need no class initialisation.
 */
public final class TSystem {
    private TSystem() {}

    /** Standard output: UART0. Always null; see the design note. */
    public static PrintStream out;

    /** Standard error: also UART0, interleaved with standard output in program order. */
    public static PrintStream err;

    /**
     * System.nanoTime(): the RP2040 TIMER's microsecond count since boot (hal Timer.micros64), in
     * nanoseconds, so steps of 1000. Monotonic, as the JDK promises; its origin is arbitrary there too.
     */
    public static long nanoTime() {
        return rtgo.hal.Timer.micros64() * 1000;
    }

    /**
     * System.currentTimeMillis(): the device has no wall clock (no RTC is set at boot), so this is
     * milliseconds since boot, which keeps differences right; an absolute date would be 1970.
     */
    public static long currentTimeMillis() {
        return rtgo.hal.Timer.micros64() / 1000;
    }

    /**
     * System.arraycopy with the JVM's checks, in its order and with HotSpot's messages (checked
     * against Temurin 25): null arrays, non-arrays, mismatched element types, negative indexes or
     * length, ranges past either end; then the copy, as if through a temporary array when source
     * and destination overlap. Reference elements the destination's element type does not accept
     * throw ArrayStoreException after the elements before them are copied, as on the JVM.
     */
    public static void arraycopy(Object src, int srcPos, Object dest, int destPos, int length) {
        if (src == null || dest == null) {
            throw new NullPointerException();
        }
        int s = Address.of(src);
        int d = Address.of(dest);
        int srcType = Mem.load32(s + ObjectLayout.DESCRIPTOR);
        int destType = Mem.load32(d + ObjectLayout.DESCRIPTOR);
        int srcFlags = Mem.load32(srcType + ObjectLayout.DESC_FLAGS);
        int destFlags = Mem.load32(destType + ObjectLayout.DESC_FLAGS);
        if (!isArray(srcFlags)) {
            throw new ArrayStoreException("arraycopy: source type " + typeName(srcType) + " is not an array");
        }
        if (!isArray(destFlags)) {
            throw new ArrayStoreException("arraycopy: destination type " + typeName(destType) + " is not an array");
        }
        boolean refs = (srcFlags & ObjectLayout.FLAG_REFS) != 0;
        if (refs != ((destFlags & ObjectLayout.FLAG_REFS) != 0) || (!refs && srcType != destType)) {
            throw new ArrayStoreException("arraycopy: type mismatch: can not copy " + kindName(srcType, srcFlags)
                    + "[] into " + kindName(destType, destFlags) + "[]");
        }
        int srcLength = Mem.load32(s + ObjectLayout.LENGTH);
        int destLength = Mem.load32(d + ObjectLayout.LENGTH);
        if (srcPos < 0) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: source index " + srcPos + " out of bounds for "
                    + sized(srcType, srcFlags, srcLength));
        }
        if (destPos < 0) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: destination index " + destPos + " out of bounds for "
                    + sized(destType, destFlags, destLength));
        }
        if (length < 0) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: length " + length + " is negative");
        }
        if (length > srcLength - srcPos) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: last source index " + (srcPos + length)
                    + " out of bounds for " + sized(srcType, srcFlags, srcLength));
        }
        if (length > destLength - destPos) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: last destination index " + (destPos + length)
                    + " out of bounds for " + sized(destType, destFlags, destLength));
        }
        int shift = (srcFlags >> ObjectLayout.FLAG_ELEMENT_SHIFT) & ObjectLayout.FLAG_ELEMENT_MASK;
        int from = s + ObjectLayout.ARRAY_DATA + (srcPos << shift);
        int to = d + ObjectLayout.ARRAY_DATA + (destPos << shift);
        if (refs && srcType != destType && !Types.isArrayAssignable(srcType, destType)) {
            // each element must be accepted by the destination's element type
            int element = Mem.load32(destType + ObjectLayout.DESC_ELEMENT);
            for (int i = 0; i < length; i++) {
                int v = Mem.load32(from + 4 * i);
                if (v != 0 && !Types.isInstance(v, element)) {
                    throw new ArrayStoreException("arraycopy: element type mismatch: can not cast one of the elements of "
                            + typeName(srcType) + " to the type of the destination array, " + typeName(element));
                }
                Mem.store32(to + 4 * i, v);
            }
            return;
        }
        int bytes = length << shift;
        if (to - from > 0 && to - from < bytes) {
            for (int i = bytes - 1; i >= 0; i--) { // overlapping, forwards: copy from the end
                Mem.store8(to + i, Mem.load8(from + i));
            }
        } else {
            MemCopy.forward(from, to, bytes);
        }
    }

    private static boolean isArray(int flags) {
        return (flags & (ObjectLayout.FLAG_ARRAY | ObjectLayout.FLAG_STRING)) == ObjectLayout.FLAG_ARRAY;
    }

    /** Class.getName of the descriptor: "[I", "java.lang.String". */
    private static String typeName(int type) {
        String name = (String) Address.toRef(Mem.load32(type + ObjectLayout.DESC_NAME));
        return name.startsWith("[") ? javaArrayName(name) : name;
    }

    /** "int" for int[], "object array" for any array of references, as HotSpot's messages say. */
    private static String kindName(int type, int flags) {
        if ((flags & ObjectLayout.FLAG_REFS) != 0) {
            return "object array";
        }
        String t = javaArrayName((String) Address.toRef(Mem.load32(type + ObjectLayout.DESC_NAME)));
        return t.substring(0, t.length() - 2);
    }

    /** "int[10]", "object array[3]". */
    private static String sized(int type, int flags, int length) {
        return kindName(type, flags) + "[" + length + "]";
    }

    /** "[I" as Java writes it, "int[]", "java.lang.Object[]", "int[][]". */
    private static String javaArrayName(String desc) {
        int dims = 0;
        while (desc.charAt(dims) == '[') {
            dims++;
        }
        String element;
        switch (desc.charAt(dims)) {
            case 'Z' -> element = "boolean";
            case 'B' -> element = "byte";
            case 'C' -> element = "char";
            case 'S' -> element = "short";
            case 'I' -> element = "int";
            case 'J' -> element = "long";
            case 'F' -> element = "float";
            case 'D' -> element = "double";
            default -> element = desc.substring(dims + 1, desc.length() - 1);
        }
        return element + "[]".repeat(dims);
    }

    /** Runs the garbage collector (rtgo.runtime.Gc): a full collection, now. */
    public static void gc() {
        rtgo.runtime.Gc.collect();
    }

    /** Object.hashCode as Object defines it, whatever the class overrides; 0 for null. */
    public static int identityHashCode(Object x) {
        return x == null ? 0 : TObject.hashCode(x);
    }

    public static void exit(int status) {
        Start.exit(status);
    }
}
