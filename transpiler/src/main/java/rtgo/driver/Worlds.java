package rtgo.driver;

import java.util.List;
import java.util.Map;
import java.util.Set;
import rtgo.opt.ProgramWorld;
import rtgo.sym.ClassInit;
import rtgo.sym.ProgramSymbols;

/** The program's symbol tables as the whole-program optimiser passes see them ({@link ProgramWorld}). */
final class Worlds {
    private Worlds() {}

    static ProgramWorld of(ProgramSymbols p) {
        return new ProgramWorld() {
            @Override
            public List<String> implementations(String method) {
                return p.implementations(method);
            }

            @Override
            public Set<String> initialisedClasses() {
                return p.inits().keySet();
            }

            @Override
            public String clinitOf(String cls) {
                ClassInit ci = p.inits().get(cls);
                return ci == null ? null : ci.clinitSymbol();
            }

            @Override
            public List<String> initFirst(String cls) {
                ClassInit ci = p.inits().get(cls);
                return ci == null ? List.of() : ci.initFirst();
            }

            @Override
            public Map<String, String> interrupts() {
                return p.interrupts();
            }

            @Override
            public Map<String, String> exports() {
                return p.exports();
            }

            @Override
            public boolean isSubtype(String sub, String sup) {
                return p.isSubtype(sub, sup);
            }

            @Override
            public boolean isProgramClass(String cls) {
                return p.isProgramClass(cls);
            }
        };
    }
}
