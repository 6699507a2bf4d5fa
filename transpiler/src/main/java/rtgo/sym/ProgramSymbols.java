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

    /** The program's interrupt handlers (rtgo.hal.Interrupt): method symbol to vector symbol rtgo_isr_&lt;irq&gt;. */
    default Map<String, String> interrupts() {
        return Map.of();
    }

    /** Classes that need initialising, by internal name, in the order they were found. */
    Map<String, ClassInit> inits();

    /** The runtime's C strings (rtgo.vm.Address.cString): text to local label. */
    default Map<String, String> cStrings() {
        return Map.of();
    }

    /** Static fields by symbol. */
    Map<String, StaticField> fields();

    /** Type names (array descriptors like "[I", and "java/lang/String") whose descriptors are emitted. */
    Set<String> types();

    /** The program's classes whose descriptors are emitted (instantiated, tested or cast to, and their superclasses). */
    java.util.List<ClassInfo> classes();

    /**
     * The methods a virtual call of {@code method} (the symbol the call site resolves to) may run:
     * its implementations in every class that is instantiated and is the method's class or a
     * subclass. One element: the call can be direct.
     */
    java.util.List<String> implementations(String method);

    /**
     * The implementations a call of {@code method} may run on a receiver whose static class is
     * {@code receiverClass}; null when that says nothing more than {@link #implementations}.
     */
    default java.util.List<String> implementationsFor(String method, String receiverClass) {
        return null;
    }

    /** Whether every value of static type {@code sub} is an instance of {@code sup}. */
    default boolean isSubtype(String sub, String sup) {
        return sub.equals(sup);
    }

    /**
     * Whether an instance of {@code type} (a class's internal name) always has exactly that class's
     * descriptor: String, or a class no class of the program extends. A type test against it is
     * then one compare of the descriptor word.
     */
    default boolean isExactType(String type) {
        return false;
    }

    /** Whether {@code type} is a class of the program (not an interface, not one of the JDK's). */
    default boolean isProgramClass(String type) {
        return false;
    }

    /** The bytes an instance of the program class {@code type} takes in its descriptor (ClassInfo.size); -1 when unknown. */
    default int instanceSize(String type) {
        return -1;
    }

    /** The virtual-table slot of {@code method} (resolved as for {@link #implementations}). */
    int vtableSlot(String method);

    /**
     * The methods in the Object slots (toString, hashCode, equals) of the String descriptor
     * ({@code string}) or of every array descriptor; null for a method no call can reach.
     */
    java.util.List<String> objectMethods(boolean string);

    /** The interface-table colour of the interface method {@code method}, as an interface call resolves it. */
    int itableSlot(String method);

    /** Whether the method {@code symbol} is part of the build (it will have code to call). */
    default boolean hasMethod(String symbol) {
        return false;
    }
}
