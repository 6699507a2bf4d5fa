package rtgo.runtime.classlib.java.lang;

import rtgo.runtime.StringConcat;
import rtgo.runtime.Throw;
import rtgo.vm.Address;
import rtgo.vm.Mem;
import rtgo.vm.abi.ObjectLayout;

/*
 * TString: the instance methods of java.lang.String that the device supports, each as a static
 * method taking the receiver first (docs/abi.md, "Class library substitution").
 *
 * Design note. A String is laid out like a char[] ([descriptor][length][UTF-16 units from offset
 * 8], docs/abi.md "Objects"), so these read the object directly. The receiver arrives as an
 * ordinary argument, so the null check the JVM performs on invokevirtual is done here: reading
 * through address 0 would not fault on the RP2040 (it is the boot ROM) but return garbage.
 * charAt reports an index outside the string with the JDK 21+ text ("Index 7 out of bounds for
 * length 3"), through Throw.stringIndex.
 */
public final class TString {
    private TString() {}

    /** Offset of the length word and of the first UTF-16 unit. */
    private static final int LENGTH_OFFSET = ObjectLayout.LENGTH;
    private static final int CHARS_OFFSET = ObjectLayout.ARRAY_DATA;

    public static int length(String self) {
        if (self == null) {
            Throw.nullPointer();
            return 0;
        }
        return Mem.load32(Address.of(self) + LENGTH_OFFSET);
    }

    public static boolean isEmpty(String self) {
        return length(self) == 0;
    }

    /** The String's own slot 0 of its descriptor's virtual table: a String is its own string. */
    public static String toString(String self) {
        length(self); // the null check
        return self;
    }

    /** s[0]*31^(n-1) + ... + s[n-1], as java.lang.String defines it. */
    public static int hashCode(String self) {
        int n = length(self);
        int address = Address.of(self);
        int h = 0;
        for (int i = 0; i < n; i++) {
            h = 31 * h + Mem.load16(address + CHARS_OFFSET + 2 * i);
        }
        return h;
    }

    public static boolean equals(String self, Object other) {
        int n = length(self);
        if (other == null) {
            return false;
        }
        int a = Address.of(self);
        int b = Address.of(other);
        if (a == b) {
            return true;
        }
        if (Mem.load32(b + ObjectLayout.DESCRIPTOR) != Mem.load32(a + ObjectLayout.DESCRIPTOR)
                || Mem.load32(b + LENGTH_OFFSET) != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (Mem.load16(a + CHARS_OFFSET + 2 * i) != Mem.load16(b + CHARS_OFFSET + 2 * i)) {
                return false;
            }
        }
        return true;
    }

    public static String valueOf(char c) {
        StringConcat.begin();
        StringConcat.appendChar(c);
        return StringConcat.end();
    }

    public static String valueOf(int i) {
        return Integer.toString(i);
    }

    public static String valueOf(boolean b) {
        return b ? "true" : "false";
    }

    /** String.valueOf(Object): "null", or the object's toString(). */
    public static String valueOf(Object o) {
        return o == null ? "null" : o.toString();
    }

    public static char charAt(String self, int index) {
        int length = length(self);
        if (index < 0 || index >= length) {
            Throw.stringIndex(index, length);
            return 0;
        }
        return (char) Mem.load16(Address.of(self) + CHARS_OFFSET + 2 * index);
    }
}
