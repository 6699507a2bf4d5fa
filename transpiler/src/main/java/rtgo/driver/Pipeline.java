package rtgo.driver;

import java.io.PrintStream;
import rtgo.ir.Func;
import rtgo.ir.Printer;
import rtgo.ir.Verifier;
import rtgo.lower.Lowering;
import rtgo.lower.StringTable;
import rtgo.opt.Optimizer;
import rtgo.thumb.Allocation;
import rtgo.thumb.RegAlloc;

/**
 * The per-method pipeline, top to bottom: front-end IR → optimiser passes → Thumb instruction
 * selection → register allocation. After each step the IR can be verified ({@code --verify-ir}) and
 * printed ({@code --dump-ir=<step>|all}, narrowed by {@code --method-filter}).
 */
final class Pipeline {
    static final String[] STEPS = {"frontend", "opt", "lower", "regalloc"};

    private final BuildOptions options;
    private final PrintStream dump;
    private final StringTable strings;

    Pipeline(BuildOptions options, PrintStream dump, StringTable strings) {
        this.options = options;
        this.dump = dump;
        this.strings = strings;
    }

    Allocation compile(Func f) {
        after("frontend", f);
        Optimizer.run(f, options.verifyIr());
        after("opt", f);
        Lowering.run(f, strings);
        after("lower", f);
        Allocation a = RegAlloc.run(f);
        after("regalloc", f);
        return a;
    }

    private void after(String step, Func f) {
        if (options.verifyIr()) {
            Verifier.verify(f, step);
        }
        String want = options.dumpIr();
        if (want != null && (want.equals("all") || want.equals(step))
                && (options.methodFilter() == null || f.displayName.contains(options.methodFilter()))) {
            dump.println("# after " + step);
            dump.print(Printer.print(f));
        }
    }
}
