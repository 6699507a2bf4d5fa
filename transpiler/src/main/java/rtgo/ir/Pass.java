package rtgo.ir;

/**
 * One step of the compiler over one method. A pass keeps no state between methods: everything it
 * reads and writes is in the {@link Unit}. What a pass requires of the IR, and what it establishes or
 * destroys, is declared where it is registered (rtgo.driver.Passes), not here, so that the whole
 * pipeline and its ordering constraints read in one place.
 */
@FunctionalInterface
public interface Pass {
    void run(Unit u);
}
