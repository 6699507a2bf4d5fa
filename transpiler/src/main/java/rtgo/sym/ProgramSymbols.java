package rtgo.sym;

import java.util.Map;
import java.util.Set;

/**
 * What the back end needs of a translated program besides its functions: the symbols it must
 * define or alias. The front end's Program implements it; the back end (ProgramEmitter,
 * StackCheck) sees only this, so it does not depend on the front end.
 */
public interface ProgramSymbols {
    /** Method symbol to the global name its {@code @Export} gives it. */
    Map<String, String> exports();

    /** Classes that need initialising, by internal name, in the order they were found. */
    Map<String, ClassInit> inits();

    /** Static fields by symbol. */
    Map<String, StaticField> fields();

    /** Type names (array descriptors like "[I", and "java/lang/String") whose descriptors are emitted. */
    Set<String> types();
}
