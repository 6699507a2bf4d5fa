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
    public static final String INIT_DEPTH = SymbolNames.INIT_DEPTH;

    /**
     * The type descriptor symbol for a JVM descriptor or internal name: "[I" gives
     * {@code rtgo.type.[I}, "java/lang/String" gives {@code rtgo.type.java.lang.String}.
     */
    public static String type(String javaName) {
        return SymbolNames.TYPE_PREFIX + javaName.replace('/', '.');
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
