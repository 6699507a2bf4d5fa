package rtgo.frontend;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;
import rtgo.sym.Symbols;

/**
 * Resolves method and field references the way the JVM does for the members rtgo supports, with
 * one addition: JDK classes resolve to their runtime substitutes (docs/abi.md, "Class library
 * substitution"). {@code java/lang/Math} becomes {@code rtgo/runtime/classlib/java/lang/TMath}; an
 * instance method of a JDK class becomes a static substitute taking the receiver first.
 */
final class Resolver {
    static final String SUBSTITUTE_PREFIX = Symbols.SUBSTITUTE_PREFIX;

    /** A resolved method: its declaring class and node. */
    record MethodTarget(ClassNode owner, MethodNode method) {
        String symbol() {
            return Symbols.method(owner.name, method.name, method.desc);
        }
    }

    /** A resolved static field: its declaring class and node. */
    record FieldTarget(ClassNode owner, FieldNode field) {}

    private final Program program;

    Resolver(Program program) {
        this.program = program;
    }

    /**
     * Whether {@code internalName} is a class the runtime substitutes: the JDK's, and those of
     * rtgo's API (package {@code rtgo} exactly: {@code rtgo/Chan} becomes
     * {@code rtgo/runtime/classlib/rtgo/TChan}) and of JUnit's test API (see {@link ClassPath#isApi}).
     */
    static boolean isJdk(String internalName) {
        return internalName.startsWith("java/") || internalName.startsWith("javax/")
                || internalName.startsWith("jdk/") || internalName.startsWith("sun/") || ClassPath.isApi(internalName);
    }

    static String substituteName(String jdkClass) {
        int slash = jdkClass.lastIndexOf('/');
        return SUBSTITUTE_PREFIX + jdkClass.substring(0, slash + 1) + "T" + jdkClass.substring(slash + 1);
    }

    /** {@code invokestatic owner.name desc}. */
    MethodTarget staticMethod(String owner, String name, String desc) {
        if (isJdk(owner)) {
            ClassNode sub = program.classPath.find(substituteName(owner));
            MethodNode m = sub == null ? null : declared(sub, name, desc, true);
            if (m == null && sub != null) {
                // a whole-class substitute's static method names the substitutes in its descriptor
                m = declared(sub, name, program.classes.mappedDesc(desc), true);
            }
            if (m == null) {
                throw jdkMissing(owner, name, desc);
            }
            return new MethodTarget(sub, m);
        }
        for (ClassNode c = load(owner); c != null; c = c.superName == null ? null : program.classPath.find(c.superName)) {
            MethodNode m = declared(c, name, desc, true);
            if (m != null) {
                return new MethodTarget(c, m);
            }
            if (isJdk(c.superName == null ? "java/lang/Object" : c.superName)) {
                break;
            }
        }
        throw new Unsupported("the static method " + Symbols.dotted(owner) + "." + name + desc
                + " (not found in the program)", "rebuild the classes together so the method exists");
    }

    /** An instance method of a JDK class, mapped to its static substitute taking the receiver first. */
    MethodTarget jdkInstanceMethod(String owner, String name, String desc) {
        ClassNode sub = program.classPath.find(substituteName(owner));
        String staticDesc = "(L" + owner + ";" + desc.substring(1);
        MethodNode m = sub == null ? null : declared(sub, name, staticDesc, true);
        if (m == null) {
            throw jdkMissing(owner, name, desc);
        }
        return new MethodTarget(sub, m);
    }

    /** {@code getstatic/putstatic owner.name}: searched in the class, then its superclasses. */
    FieldTarget staticField(String owner, String name) {
        if (isJdk(owner)) {
            ClassNode sub = program.classPath.find(substituteName(owner));
            FieldNode f = sub == null ? null : field(sub, name);
            if (f == null) {
                throw new Unsupported("the JDK field " + Symbols.dotted(owner) + "." + name,
                        "see the README for the part of the Java library rtgo provides");
            }
            return new FieldTarget(sub, f);
        }
        FieldTarget t = lookupField(load(owner), name);
        if (t != null && (t.field().access & Opcodes.ACC_STATIC) != 0) {
            return t;
        }
        throw new Unsupported("the field " + Symbols.dotted(owner) + "." + name + " (not a static field of the program)",
                "instance fields arrive with objects; use a static field");
    }

    /**
     * Field resolution (JVMS 5.4.3.2): the class itself, then its superinterfaces, then its
     * superclass, each recursively; null if none declares {@code name}.
     */
    private FieldTarget lookupField(ClassNode c, String name) {
        FieldNode f = field(c, name);
        if (f != null) {
            return new FieldTarget(c, f);
        }
        for (String i : c.interfaces) {
            ClassNode ic = isJdk(i) ? null : program.classPath.find(i);
            FieldTarget t = ic == null ? null : lookupField(ic, name);
            if (t != null) {
                return t;
            }
        }
        ClassNode sc = c.superName == null || isJdk(c.superName) ? null : program.classPath.find(c.superName);
        return sc == null ? null : lookupField(sc, name);
    }

    private ClassNode load(String owner) {
        ClassNode c = program.classPath.find(owner);
        if (c == null) {
            throw new Unsupported("the class " + Symbols.dotted(owner) + " (not in the build inputs)",
                    "add the jar or class directory that contains it to the build");
        }
        return c;
    }

    private static MethodNode declared(ClassNode c, String name, String desc, boolean wantStatic) {
        for (MethodNode m : c.methods) {
            if (m.name.equals(name) && m.desc.equals(desc) && ((m.access & Opcodes.ACC_STATIC) != 0) == wantStatic) {
                return m;
            }
        }
        return null;
    }

    private static FieldNode field(ClassNode c, String name) {
        for (FieldNode f : c.fields) {
            if (f.name.equals(name)) {
                return f;
            }
        }
        return null;
    }

    /** Hints for JDK methods people reach for first, pointing at what rtgo offers instead. */
    private static final java.util.Map<String, String> HINTS = java.util.Map.of(
            "java/lang/Class.forName", "classes cannot be loaded by name: every class is compiled into the image;"
                    + " name the class directly (new Foo(), Foo.class, a switch over your own types)",
            "java/lang/System.loadLibrary", "there is no JNI and no C on the device: write the code in Java"
                    + " (rtgo.vm.Mem reaches device registers)",
            "java/lang/System.load", "there is no JNI and no C on the device: write the code in Java",
            "java/lang/String.matches", "regular expressions are not available: compare with equals, startsWith,"
                    + " indexOf, or a loop over the chars",
            "java/lang/String.replaceAll", "regular expressions are not available: use replace(CharSequence,"
                    + " CharSequence) or replace(char, char)",
            "java/lang/String.replaceFirst", "regular expressions are not available: use indexOf and substring");

    /**
     * What the device can never offer, by package or class (docs/classlib.md, "Not on the device"):
     * the hint says why and what to use instead.
     */
    private static final java.util.List<String[]> AREAS = java.util.List.of(
            new String[] {"java/lang/reflect/", "reflection is not available: the program is compiled ahead of time as a"
                    + " closed world; call methods directly, or dispatch through an interface or a switch"},
            new String[] {"java/lang/invoke/", "method handles are not available: use a lambda or an interface"},
            new String[] {"java/lang/ClassLoader", "classes cannot be loaded at run time: every class is compiled into"
                    + " the image"},
            new String[] {"java/lang/Class", "a Class on the device has its name only (getName, getSimpleName);"
                    + " reflection is not available: call methods directly"},
            new String[] {"java/io/Object", "serialization is not available: write the fields you need yourself,"
                    + " e.g. into a byte[] with your own format"},
            new String[] {"java/io/File", "the Pico has no file system: keep data in arrays or fields, print with"
                    + " System.out (UART0)"},
            new String[] {"java/nio/file/", "the Pico has no file system: keep data in arrays or fields, print with"
                    + " System.out (UART0)"},
            new String[] {"java/net/", "the Pico has no network stack"},
            new String[] {"java/util/regex/", "regular expressions are not available: use String.split on one"
                    + " literal character, indexOf, or a loop over the chars"},
            new String[] {"java/time/Zone", "there are no time zones on the device (no wall clock): use"
                    + " System.nanoTime() or System.currentTimeMillis() for durations"},
            new String[] {"java/util/TimeZone", "there are no time zones on the device (no wall clock): use"
                    + " System.nanoTime() or System.currentTimeMillis() for durations"});

    /** The hint for a JDK class or member the device cannot have, or null. */
    static String areaHint(String owner) {
        for (String[] a : AREAS) {
            if (owner.startsWith(a[0])) {
                return a[1];
            }
        }
        return null;
    }

    static Unsupported jdkMissing(String owner, String name, String desc) {
        Type t = Type.getMethodType(desc);
        StringBuilder params = new StringBuilder();
        for (Type a : t.getArgumentTypes()) {
            params.append(params.length() == 0 ? "" : ", ").append(a.getClassName().replace("java.lang.", ""));
        }
        if (owner.startsWith("org/junit/") || owner.startsWith("org/opentest4j/")) {
            return new Unsupported("the JUnit method " + Symbols.dotted(owner) + "." + name + "(" + params + ")",
                    "device tests have org.junit.jupiter.api.Assertions' assertEquals,"
                    + " assertNotEquals, assertTrue, assertFalse, assertNull, assertNotNull, assertSame,"
                    + " assertNotSame, assertThrows, assertDoesNotThrow, assertArrayEquals, assertInstanceOf and fail"
                    + " (docs/classlib.md); write other checks with those");
        }
        String hint = HINTS.get(owner + "." + name);
        if (hint == null) {
            hint = areaHint(owner);
        }
        if (hint == null) {
            hint = "docs/classlib.md lists the JDK classes and methods rtgo provides; write the logic in your own method";
        }
        return new Unsupported("the JDK method " + Symbols.dotted(owner) + "." + name + "(" + params + ")", hint);
    }
}
