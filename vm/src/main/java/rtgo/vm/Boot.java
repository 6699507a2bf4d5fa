package rtgo.vm;

/**
 * Hooks that only the transpiler can fill in, because they depend on the program being built.
 * Intrinsics; on the desktop JVM they throw.
 */
public final class Boot {
    private Boot() {}

    /**
     * Calls the program's {@code public static void main(String[])} with an empty array, after the
     * initialisation of its class, exactly as the JVM launcher would. Returns when main returns.
     */
    public static void runMain() { throw Intrinsic.hostCall("Boot.runMain"); }
}
