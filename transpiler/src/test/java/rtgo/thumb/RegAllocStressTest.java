package rtgo.thumb;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.Test;
import rtgo.ir.Func;
import rtgo.ir.Op;
import rtgo.ir.Parser;
import rtgo.ir.Printer;
import rtgo.ir.Verifier;

/**
 * Seeded random functions ({@link RandomIr}) through lowering and register allocation, each checked
 * by {@link AllocationChecker}. A failure names the seed; rerun one with
 * {@code -Drtgo.ra.seed=<n>}, or more with {@code -Drtgo.ra.count=<n>}.
 */
class RegAllocStressTest {
    @Test
    void randomFunctionsAllocateSoundly() {
        long only = Long.getLong("rtgo.ra.seed", -1);
        int count = Integer.getInteger("rtgo.ra.count", 400);
        int spilling = 0;
        for (long seed = only >= 0 ? only : 1; seed <= (only >= 0 ? only : count); seed++) {
            // mostly small functions, every fiftieth a large one (long live ranges, deep nesting)
            int size = seed % 50 == 0 ? 300 : 10 + (int) (seed % 7) * 12;
            String ir = RandomIr.generate(seed, size);
            Func f;
            try {
                f = Parser.parse(ir);
                Verifier.verify(f, "generated");
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + seed + ": the generator made invalid IR: " + e.getMessage() + "\n" + ir, e);
            }
            Allocation alloc;
            try {
                alloc = RegAllocTest.lowerAndAllocate(f);
                Verifier.verify(f, "regalloc");
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + seed + ": allocation failed: " + e + "\n" + ir, e);
            }
            List<String> problems = AllocationChecker.check(f, alloc);
            if (!problems.isEmpty()) {
                fail("seed " + seed + " (rerun with -Drtgo.ra.seed=" + seed + "):\n" + String.join("\n", problems)
                        + "\n--- input\n" + ir + "--- allocated\n" + Printer.print(f));
            }
            if (RegAllocTest.count(f, Op.T_SPILL) + RegAllocTest.count(f, Op.T_RELOAD) > 0 || alloc.slots > 0) {
                spilling++;
            }
        }
        if (only < 0) {
            assertTrue(spilling >= count / 10, "only " + spilling + " of " + count + " random functions spill: raise the pressure");
        }
    }
}
