package rtgo.driver;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import rtgo.ir.Pass;
import rtgo.ir.Printer;
import rtgo.ir.Prop;
import rtgo.ir.Unit;
import rtgo.ir.Verifier;

/**
 * Runs a segment of {@link Passes#ALL} on one method: after each pass the IR is verified against
 * the properties that hold at that point ({@code --verify-ir}) and printed when the pass is the one
 * {@code --dump-ir} names, or every pass with {@code all} (narrowed by {@code --method-filter}).
 */
final class Pipeline implements Pass {
    private final List<Passes.Entry> passes;
    private final int first;
    private final BuildOptions options;
    private final PrintStream dump;

    private Pipeline(List<Passes.Entry> passes, BuildOptions options, PrintStream dump) {
        this.passes = passes;
        this.first = Passes.ALL.indexOf(passes.get(0));
        this.options = options;
        this.dump = dump;
    }

    /** The front end, for {@link rtgo.frontend.Program} to run on each method it translates. */
    static Pipeline frontend(BuildOptions options, PrintStream dump) {
        return new Pipeline(Passes.frontend(), options, dump);
    }

    /** Everything after the front end: leaves the Allocation the emitter needs in the unit. */
    static Pipeline backend(BuildOptions options, PrintStream dump) {
        return new Pipeline(Passes.backend(), options, dump);
    }

    @Override
    public void run(Unit u) {
        for (int k = 0; k < passes.size(); k++) {
            Passes.Entry e = passes.get(k);
            e.pass().run(u);
            if (options.verifyIr()) {
                Set<Prop> props = Passes.before(first + k + 1);
                Verifier.verify(u.f, props, e.name());
            }
            String want = options.dumpIr();
            if (want != null && (want.equals("all") || want.equals(e.name()))
                    && options.selects(u.f.displayName)) {
                dump.println("# after " + e.name());
                dump.print(Printer.print(u.f));
            }
        }
    }
}
