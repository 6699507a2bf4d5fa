package rtgo.opt;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the whole-program passes ({@link MemoryEffects}, {@link StaticFacts}) need to know of the
 * program beyond its methods' IR: the closed world's call targets, its class initialisers and its
 * entry points. The driver adapts the program's symbol tables to it, so that {@code opt} depends on
 * nothing above {@code ir}.
 */
public interface ProgramWorld {
    /** The methods a virtual or interface call of {@code method} may run. */
    List<String> implementations(String method);

    /** The classes that need initialising, by internal name. */
    Set<String> initialisedClasses();

    /** The symbol of {@code cls}'s static initialiser, or null when it has none. */
    String clinitOf(String cls);

    /** The classes initialised before {@code cls} (its superclass, superinterfaces with defaults). */
    List<String> initFirst(String cls);

    /** Interrupt handlers: method symbol to vector symbol. */
    Map<String, String> interrupts();

    /** Exported methods: method symbol to global name. */
    Map<String, String> exports();

    /** Whether every instance of class {@code sub} is an instance of {@code sup} (closed world). */
    default boolean isSubtype(String sub, String sup) {
        return sub.equals(sup);
    }

    /** Whether {@code cls} is a class of the program: not an interface, not one of the JDK's. */
    default boolean isProgramClass(String cls) {
        return false;
    }
}
