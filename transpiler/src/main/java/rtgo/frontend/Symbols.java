package rtgo.frontend;

/**
 * Assembler symbol names for Java entities (docs/abi.md, "Symbols the transpiler emits"). They are
 * readable in objdump and gdb because GNU as accepts quoted symbols with any characters.
 */
public final class Symbols {
    private Symbols() {}

    /** {@code J:pkg.Cls.name(desc)}. */
    public static String method(String owner, String name, String desc) {
        return "J:" + owner.replace('/', '.') + "." + name + desc;
    }

    /** {@code S:pkg.Cls.name}. */
    public static String staticField(String owner, String name) {
        return "S:" + owner.replace('/', '.') + "." + name;
    }

    /** The class-initialisation stub {@code IC:pkg.Cls} (preserves all registers). */
    public static String initStub(String owner) {
        return "IC:" + owner.replace('/', '.');
    }

    /** The class-initialised flag byte {@code I:pkg.Cls}. */
    public static String initFlag(String owner) {
        return "I:" + owner.replace('/', '.');
    }

    /**
     * The word counting static initialisers in progress ({@code rtgo_init_depth}): the init stubs
     * raise it around {@code <clinit>}, and the runtime reads it to report an exception thrown there
     * as HotSpot does, wrapped in {@code ExceptionInInitializerError}.
     */
    public static final String INIT_DEPTH = "rtgo_init_depth";

    /**
     * The type descriptor symbol for a JVM descriptor or internal name: "[I" gives
     * {@code rtgo.type.[I}, "java/lang/String" gives {@code rtgo.type.java.lang.String}.
     */
    public static String type(String javaName) {
        return "rtgo.type." + javaName.replace('/', '.');
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

    /** "pkg/Cls" to "pkg.Cls" for messages. */
    public static String dotted(String internal) {
        return internal.replace('/', '.');
    }
}
