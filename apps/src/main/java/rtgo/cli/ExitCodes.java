package rtgo.cli;

import rtgo.emu.RunResult;

/**
 * The exit codes of `rtgo`, in one place because scripts and CI depend on them (README.md, "Using
 * it", lists them too). Every failure at the tool's edge maps to one of these with a message on
 * stderr that names the file or option at fault; nothing else ever leaves the CLI (an unexpected
 * exception is reported as an internal error with {@link #BUILD_ERROR}, and is a bug).
 *
 * <ul>
 * <li>{@link #USAGE} (2): the command line is wrong, or an input cannot be used as given: unknown
 *     command or option, an option value out of range, a missing file, a file of the wrong kind, an
 *     image for `run` that is not an RP2040 image (empty, cut short, random bytes, bad boot2).
 * <li>{@link #BUILD_ERROR} (1): the program could not be built: javac or rtgo rejected it, a
 *     classfile or jar in it is damaged, cut short, of an unsupported version or older than its
 *     source, the main class is wrong, or the outputs cannot be written.
 * <li>`run`: otherwise the program's own status, or 124..127 for how the emulator stopped.
 * </ul>
 *
 * <p>`rtgo run` passes the program's own exit status through, so the codes below can collide with a
 * program that exits with the same number. The emulator codes sit at 124..127, next to the
 * conventions of GNU timeout (124) and the shell (126, 127), where test programs rarely land, and
 * every one of them comes with a message on stderr, so a run never ends silently with one. The help
 * text of `rtgo run` lists them from these constants.
 */
public final class ExitCodes {
    private ExitCodes() {}

    public static final int OK = 0;
    /** The program could not be built (javac or rtgo rejected it, an input classfile or jar is
     *  damaged, the outputs cannot be written), or rtgo itself failed. */
    public static final int BUILD_ERROR = 1;
    /** The command line was wrong: unknown command, option or target, a value out of range, an input
     *  that is missing, of the wrong kind, or (for run) not an RP2040 image. */
    public static final int USAGE = 2;
    /** `run`: the wall-clock limit (--timeout) passed before the program exited. */
    public static final int TIMEOUT = 124;
    /** `run`: the cycle limit (--max-cycles) passed before the program exited. */
    public static final int CYCLE_LIMIT = 125;
    /** `run`: the emulator met something it could not emulate, or a breakpoint other than exit. */
    public static final int EMULATOR_STOPPED = 126;
    /** `run`: the emulator could not be started (Node.js or ci/emu missing; see ci/setup). */
    public static final int EMULATOR_UNAVAILABLE = 127;

    /** The exit code for how a run ended: the program's status, or the code of the limit it hit. */
    public static int of(RunResult result) {
        return switch (result.outcome()) {
            case EXITED -> result.exitStatus() & 0xFF;
            case TIMEOUT -> TIMEOUT;
            case CYCLE_LIMIT, SLEEPING -> CYCLE_LIMIT;
            case EMULATOR_WARNING, BREAKPOINT -> EMULATOR_STOPPED;
        };
    }
}
