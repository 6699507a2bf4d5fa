package rtgo.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import rtgo.ir.Prop;

/** The pass list: its order is checked, its names are what --dump-ir accepts. */
class PassesTest {
    @Test
    void theRegisteredOrderSatisfiesEveryRequirement() {
        assertEquals(Passes.ALL, Passes.check(Passes.ALL));
        assertEquals(Passes.names().size(), new HashSet<>(Passes.names()).size(), "pass names are unique");
        assertTrue(Passes.after("high-spill").containsAll(List.of(Prop.ALLOCATED, Prop.MOVES, Prop.LOWERED)));
        assertTrue(!Passes.after("switch-lowering").contains(Prop.GENERIC), "Thumb ops end the generic stage");
    }

    @Test
    void movingAPassBeforeWhatItNeedsIsAnError() {
        List<Passes.Entry> list = new ArrayList<>(Passes.ALL);
        Passes.Entry regalloc = Passes.named("regalloc");
        list.remove(regalloc);
        list.add(list.indexOf(Passes.named("lower")), regalloc);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Passes.check(list));
        assertTrue(e.getMessage().contains("regalloc requires LOWERED"), e.getMessage());
    }

    @Test
    void anOptimiserPassAfterLoweringIsAnError() {
        List<Passes.Entry> list = new ArrayList<>(Passes.ALL);
        list.add(list.indexOf(Passes.named("regalloc")), Passes.named("gvn"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Passes.check(list));
        assertTrue(e.getMessage().contains("gvn requires GENERIC"), e.getMessage());
        assertTrue(e.getMessage().contains("used twice"), e.getMessage());
    }

    @Test
    void frontEndAndBackEndSplitTheListWithoutOverlap() {
        List<Passes.Entry> both = new ArrayList<>(Passes.frontend());
        both.addAll(Passes.backend());
        assertEquals(Passes.ALL, both);
        assertEquals(Passes.FRONTEND_END, Passes.frontend().get(Passes.frontend().size() - 1).name());
    }

    @Test
    void docsListEveryPassInOrder() throws java.io.IOException {
        java.nio.file.Path doc = java.nio.file.Path.of("../docs/compiler.md"); // tests run in transpiler/
        List<String> rows = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\| `([a-z-]+)` \\|")
                .matcher(java.nio.file.Files.readString(doc));
        while (m.find()) {
            rows.add(m.group(1));
        }
        assertEquals(Passes.names(), rows, "the pass table of docs/compiler.md lists the registered passes in order");
    }

    @Test
    void dumpIrAcceptsEveryPassNameAndAll() {
        List<String> steps = Rtgo.dumpIrSteps();
        assertTrue(steps.containsAll(Passes.names()));
        assertTrue(steps.contains("all"));
        assertThrows(IllegalArgumentException.class, () -> Passes.named("opt"));
    }
}
