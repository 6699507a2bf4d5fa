package rtgo.sym;

import java.util.List;

/**
 * A class that needs initialising, for its stub {@link Symbols#initStub}: the class's internal name,
 * the symbol of its {@code <clinit>} (or null), and the classes and interfaces to initialise first,
 * in order (JVMS 5.5 step 7: the superclass, then the superinterfaces that declare default methods).
 */
public record ClassInit(String className, String clinitSymbol, List<String> initFirst) {
    /** What the class's stub calls, in order: the stubs of {@link #initFirst}, then the initialiser if any. */
    public List<String> stubCalls() {
        List<String> out = new java.util.ArrayList<>();
        for (String first : initFirst) {
            out.add(Symbols.initStub(first));
        }
        if (clinitSymbol != null) {
            out.add(clinitSymbol);
        }
        return out;
    }
}
