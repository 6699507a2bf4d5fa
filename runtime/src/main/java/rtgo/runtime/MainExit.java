package rtgo.runtime;

/**
 * What happens when main returns or dies, once the program uses threads: the scheduler's
 * answer (Sched sets {@link Start#mainExit} when the first Thread object appears). Start and
 * Throw call it through this class so that a program without threads does not carry the
 * scheduler: nothing else links them, and the transpiler compiles only methods something calls.
 */
public abstract class MainExit {
    /** main returned ({@code uncaught} null, status 0) or died of {@code uncaught} (status 1). Never returns. */
    public abstract void ended(int status, Throwable uncaught);
}
