package rtgo.sym;

import rtgo.vm.abi.SymbolNames;

/**
 * Assembler symbol names for Java entities (docs/abi.md, "Symbols the transpiler emits"), built from
 * the prefixes of {@link SymbolNames}, which the runtime shares. They are readable in objdump and
 * gdb because GNU as accepts quoted symbols with any characters. The front end names what it
 * translates with them and the back end what it emits, so both live below both.
 */
public final class Symbols {
    private Symbols() {}

    /** {@code J:pkg.Cls.name(desc)}. */
    public static String method(String owner, String name, String desc) {
        return SymbolNames.METHOD_PREFIX + owner.replace('/', '.') + "." + name + desc;
    }

    /** {@code S:pkg.Cls.name}. */
    public static String staticField(String owner, String name) {
        return SymbolNames.STATIC_FIELD_PREFIX + owner.replace('/', '.') + "." + name;
    }

    /** The class-initialisation stub {@code IC:pkg.Cls} (preserves all registers). */
    public static String initStub(String owner) {
        return SymbolNames.INIT_STUB_PREFIX + owner.replace('/', '.');
    }

    /** The class-initialised flag byte {@code I:pkg.Cls}. */
    public static String initFlag(String owner) {
        return SymbolNames.INIT_FLAG_PREFIX + owner.replace('/', '.');
    }

    /**
     * The word counting static initialisers in progress ({@code rtgo_init_depth}): the init stubs
     * raise it around {@code <clinit>}, and the runtime reads it to report an exception thrown there
     * as HotSpot does, wrapped in {@code ExceptionInInitializerError}.
     */

    /**
     * The type descriptor symbol for a JVM descriptor or internal name: "[I" gives
     * {@code rtgo.type.[I}, "java/lang/String" gives {@code rtgo.type.java.lang.String}.
     */
    public static String type(String javaName) {
        return SymbolNames.TYPE_PREFIX + jdkName(javaName).replace('/', '.');
    }

    /** The class of the objects {@code new Object()} makes (locks, sentinels): a plain object whose class name is java.lang.Object. */
    public static final String PLAIN_OBJECT = "rtgo/runtime/classlib/java/lang/TPlainObject";

    /** Where the runtime's class-library substitutes live: {@code java/lang/Math} is {@code <prefix>java/lang/TMath}. */
    public static final String SUBSTITUTE_PREFIX = "rtgo/runtime/classlib/";

    /**
     * The JDK spelling of a class name: for a runtime substitute ({@code rtgo/runtime/classlib/java/lang/TStringBuilder})
     * the JDK class it stands for ({@code java/lang/StringBuilder}), else the name itself. Descriptors
     * and Class.getName() use it, so a substitute is its JDK class to the program.
     */
    public static String jdkName(String name) {
        String n = name.replace('.', '/');
        if (n.startsWith(SUBSTITUTE_PREFIX)) {
            String rest = n.substring(SUBSTITUTE_PREFIX.length());
            int slash = rest.lastIndexOf('/');
            if (slash + 1 < rest.length() && rest.charAt(slash + 1) == 'T') {
                String jdk = rest.substring(0, slash + 1) + rest.substring(slash + 2);
                return name.indexOf('.') >= 0 && name.indexOf('/') < 0 ? jdk.replace('/', '.') : jdk;
            }
        }
        return name;
    }

    /** Class.getName() spelling of an array descriptor or internal class name. */
    public static String javaName(String descOrInternal) {
        if (descOrInternal.startsWith("[")) {
            return descOrInternal.replace('/', '.');
        }
        if (descOrInternal.startsWith("L") && descOrInternal.endsWith(";")) {
            return descOrInternal.substring(1, descOrInternal.length() - 1).replace('/', '.');
        }
        return descOrInternal.replace('/', '.');
    }

    /** Whether {@code symbol} names a class-initialisation stub. */
    public static boolean isInitStub(String symbol) {
        return symbol.startsWith(SymbolNames.INIT_STUB_PREFIX);
    }

    /** "pkg/Cls" to "pkg.Cls" for messages. */
    public static String dotted(String internal) {
        return internal.replace('/', '.');
    }
}
