package rtgo.runtime.classlib.org.junit.jupiter.api.function;


/** org.junit.jupiter.api.function.Executable (an interface substitute): the code assertThrows runs. */
@FunctionalInterface
public interface TExecutable {
    void execute() throws Throwable;
}
