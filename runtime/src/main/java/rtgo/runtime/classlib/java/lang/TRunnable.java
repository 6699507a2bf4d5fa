package rtgo.runtime.classlib.java.lang;

/** java.lang.Runnable (an interface substitute): lambdas and classes implementing it dispatch through it. */
public interface TRunnable {
    void run();
}
