package rtgo.opt;

import rtgo.ir.Func;
import rtgo.ir.Verifier;

/**
 * The optimiser's pass list, run in this order on every method. Each pass keeps the IR valid;
 * with {@code verify} the verifier runs after each one.
 */
public final class Optimizer {
    private Optimizer() {}

    public static void run(Func f, boolean verify) {
        Simplify.run(f);
        check(f, verify, "simplify");
        Gvn.run(f);
        check(f, verify, "value numbering");
        Licm.run(f);
        check(f, verify, "loop-invariant code motion");
        Gvn.run(f);
        check(f, verify, "value numbering after code motion");
        BoundsCheckElim.run(f);
        check(f, verify, "bounds-check elimination");
        ElementAddressing.run(f);
        check(f, verify, "element addressing");
        Licm.run(f);
        check(f, verify, "code motion of element bases");
        Gvn.run(f);
        check(f, verify, "value numbering of element bases");
        Cleanup.removeDead(f, true);
        check(f, verify, "dead-code removal");
    }

    private static void check(Func f, boolean verify, String pass) {
        if (verify) {
            Verifier.verify(f, pass);
        }
    }
}
