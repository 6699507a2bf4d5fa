package rtgo.frontend;

import rtgo.ir.Cfg;
import rtgo.ir.Unit;

/**
 * The front end's passes that are not a translation of their own, as {@code run(Unit)} methods
 * the pass list can name. The front end, in order: {@link BlockDiscovery}, {@link LoopRotation},
 * {@link LoopPeeling}, {@link SsaTranslation}, {@link #removeUnreachable}.
 */
public final class FrontendPasses {
    private FrontendPasses() {}

    /**
     * The last front-end step: drops the blocks the entry cannot reach (the translation filled only
     * the reachable ones; a peeled loop, for one, leaves an unreached original behind), with their
     * phi arguments, and puts the blocks in reverse postorder. What {@link Program} sees of a method
     * is its IR after this step, so code no path runs cannot make other methods reachable.
     */
    public static void removeUnreachable(Unit u) {
        Cfg.removeUnreachable(u.f);
    }
}
