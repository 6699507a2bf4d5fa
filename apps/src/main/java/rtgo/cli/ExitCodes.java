package rtgo.cli;

import rtgo.emu.RunResult;

/**
 * The exit codes of `rtgo`, in one place because scripts and CI depend on them.
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
    /** The program could not be built (or javac rejected its sources), or rtgo itself failed. */
    public static final int BUILD_ERROR = 1;
    /** The command line was wrong: unknown option or target, missing or unreadable input. */
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
