package rtgo.thumb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rtgo.diag.BuildException;
import rtgo.link.Binutils;
import rtgo.link.ElfFile;
import rtgo.link.Linker;

/**
 * {@link Layout} driven directly, its output checked by the real assembler: GNU as rejects a
 * literal load or branch out of reach, so a function that assembles has every pool and stub in
 * reach; each function goes in its own section, and its assembled size (up to an end label) must
 * equal {@link Layout#size} exactly.
 */
class LayoutTest {
    @TempDir
    Path dir;

    private static final String STUB = "push {lr}\nmovs r0, r1\nbl \"J:T.fail(II)V\"";

    /** Assembles each function (name to assembly) into its own section; returns the object file. */
    private ElfFile assemble(Map<String, String> functions) throws IOException, BuildException {
        StringBuilder s = new StringBuilder("    .syntax unified\n    .cpu cortex-m0plus\n    .thumb\n");
        for (Map.Entry<String, String> f : functions.entrySet()) {
            s.append("    .section .text.").append(f.getKey()).append(", \"ax\", %progbits\n    .p2align 2\n");
            s.append(f.getKey()).append(":\n").append(f.getValue()).append(f.getKey()).append("__fn_end:\n");
        }
        Path source = dir.resolve("layout.s");
        Files.writeString(source, s.toString());
        List<String> args = new ArrayList<>(Linker.AS_FLAGS);
        args.addAll(List.of("-o", dir.resolve("layout.o").toString(), source.toString()));
        Binutils.locate().run(Binutils.Tool.AS, args, dir);
        return ElfFile.read(dir.resolve("layout.o"));
    }

    /**
     * The assembled size of function {@code name}: the offset of its end label in its own section
     * (the section itself is padded to its 4-byte alignment).
     */
    private static int sizeOf(ElfFile elf, String name) {
        return elf.symbol(name + "__fn_end").orElseThrow() - elf.symbol(name).orElseThrow();
    }

    /** Lays out, assembles, and checks the exact size; returns the assembly. */
    private String layOutAndAssemble(String name, Layout l) throws Exception {
        String asm = l.finish();
        assertNotNull(asm, name + ": layout asked for lr although it is saved");
        ElfFile elf = assemble(Map.of(name, asm));
        assertEquals(l.size, sizeOf(elf, name), name + ": size\n" + asm);
        return asm;
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void literalPoolsStayInReach() throws Exception {
        Layout l = new Layout("P", true);
        for (int k = 0; k < 400; k++) {
            l.loadLit(k % 8, Integer.toString(100_000 + k % 150)); // keys repeat: reused while in reach
            l.text("adds r0, r0, #1");
            l.text("adds r1, r1, #2");
            if (k % 37 == 36) {
                l.barrier("bx lr");
            }
        }
        l.barrier("bx lr");
        String asm = layOutAndAssemble("P", l);
        assertTrue(count(asm, "^P_lit\\d+: \\.word") > 150, "a key far from its pool gets a new entry:\n" + asm);
    }

    @Test
    void poolWithoutABreakGoesIntoAnIsland() throws Exception {
        Layout l = new Layout("I", true);
        for (int k = 0; k < 900; k++) {
            if (k % 3 == 0) {
                l.loadLit(2, "\"S:T.field" + k + "\"");
            } else {
                l.text("adds r3, r3, r2");
            }
        }
        l.barrier("bx lr");
        String asm = layOutAndAssemble("I", l);
        assertTrue(count(asm, "^\\s+b I_isl\\d+$") >= 2, "no islands:\n" + asm);

        // few literals, long straight code: the island comes just in time for the first load
        Layout few = new Layout("F", true);
        for (int k = 0; k < 1200; k++) {
            if (k % 400 == 0) {
                few.loadLit(1, Integer.toString(7_000_000 + k));
                few.loadLit(2, Integer.toString(9_000_000 + k));
            }
            few.text("adds r3, r3, r2");
        }
        few.barrier("bx lr");
        String far = layOutAndAssemble("F", few);
        assertTrue(far.contains("b F_isl0"), far);
    }

    @Test
    void farBranchesAreRelaxed() throws Exception {
        Layout l = new Layout("B", true);
        l.label("B_top");
        for (int k = 0; k < 200; k++) {
            l.text("adds r0, r0, #1");
        }
        l.branch("ne", "B_top"); // 400 bytes back: beyond a conditional branch
        l.branch("eq", "B_end"); // 3000 bytes ahead: beyond an unconditional one too
        l.branch(null, "B_mid");
        for (int k = 0; k < 1500; k++) {
            l.text("adds r1, r1, #1");
            if (k == 700) {
                l.label("B_mid");
            }
            if (k == 1000) {
                l.branch("hi", "B_top"); // far, and no barrier within reach for an island
            }
        }
        l.label("B_end");
        l.branch(null, "B_top"); // 3400 bytes back
        l.branch("lt", "B_end");
        l.barrier("bx lr");
        String asm = layOutAndAssemble("B", l);
        // the barrier right after them holds an island: each goes there with a single branch
        assertTrue(asm.contains("    bne B_via0\n    beq B_via1\n    b B_mid\nB_via0:\n    b B_top\nB_via1:\n    bl B_end\n"), asm);
        assertTrue(asm.contains("    bls B_skip0\n    bl B_top\n"), "no barrier near: inverted around a long branch\n" + asm);
        assertTrue(asm.contains("    b B_mid\n"), "1400 bytes: an unconditional branch reaches\n" + asm);
        assertTrue(asm.contains("    bl B_top\n"), asm);
        assertTrue(asm.contains("    blt B_end\n"), "a short branch stays short\n" + asm);
    }

    @Test
    void longBranchAsksForLrWhenItIsNotSaved() throws Exception {
        Layout l = new Layout("L", false);
        l.branch("eq", "L_end");
        for (int k = 0; k < 1100; k++) {
            l.text("adds r1, r1, #1");
        }
        l.label("L_end");
        l.barrier("bx lr");
        assertNull(l.finish());
        assertTrue(l.needsLr);

        Layout near = new Layout("N", false);
        near.branch("eq", "N_end");
        for (int k = 0; k < 1000; k++) {
            near.text("adds r1, r1, #1");
        }
        near.label("N_end");
        near.barrier("bx lr");
        layOutAndAssemble("N", near);
        assertFalse(near.needsLr, "2000 bytes: an inverted branch over a 'b' reaches");
    }

    @Test
    void stubCopiesArePlacedNearTheirBranches() throws Exception {
        Layout l = new Layout("S", true);
        l.stub("aioobe", STUB, 42);
        l.stub("npe", STUB, 43);
        for (int k = 0; k < 120; k++) {
            l.text("cmp r0, r1");
            l.branchToStub("hs", "aioobe");
            l.text("ldr r2, [r0, r1]");
            l.branchToStub("eq", k % 4 == 0 ? "npe" : "aioobe");
            for (int j = 0; j < 10; j++) {
                l.text("adds r2, r2, #1");
            }
            if (k % 3 == 2) {
                l.barrier("bx lr");
            }
        }
        l.barrier("bx lr");
        String asm = layOutAndAssemble("S", l);
        int copies = count(asm, "^S_stub\\d+:$");
        assertTrue(copies >= 10, "stubs are copied along the code, got " + copies + ":\n" + asm);
        assertEquals(0, count(asm, "_skip"), "with breaks every 90 bytes no stub branch needs relaxing:\n" + asm);
        assertEquals(copies, l.sites.size(), "each stub copy is a call site for the frame table");
    }

    @Test
    void randomLayoutsAssembleWithExactSizes() throws Exception {
        Map<String, String> functions = new LinkedHashMap<>();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (long seed = 1; seed <= 40; seed++) {
            String name = "R" + seed;
            Layout l = random(name, new Random(seed));
            String asm = l.finish();
            assertNotNull(asm, name);
            functions.put(name, asm);
            sizes.put(name, l.size);
        }
        ElfFile elf = assemble(functions);
        for (Map.Entry<String, Integer> e : sizes.entrySet()) {
            assertEquals(e.getValue(), sizeOf(elf, e.getKey()), e.getKey()
                    + "\n" + functions.get(e.getKey()));
        }
    }

    /** A random function: plain and long instructions, literals, labels, branches both ways, stubs, calls. */
    private static Layout random(String name, Random rnd) {
        Layout l = new Layout(name, true);
        int n = 50 + rnd.nextInt(rnd.nextBoolean() ? 300 : 2500);
        int labels = 1 + n / 40;
        l.stub("a", STUB, 7);
        l.stub("b", "push {lr}\nbl \"J:T.npe()V\"", 8);
        int placed = 0;
        for (int k = 0; k < n; k++) {
            int r = rnd.nextInt(100);
            if (r < 55) {
                l.text("adds r" + rnd.nextInt(8) + ", r1, #" + rnd.nextInt(8));
            } else if (r < 60) {
                l.text("bl \"J:T.call()V\"");
                l.callSite(k);
            } else if (r < 70) {
                l.loadLit(rnd.nextInt(8), Integer.toString(rnd.nextInt(40) * 1000 + 256));
            } else if (r < 77) {
                String target = name + "_L" + rnd.nextInt(labels);
                l.branch(rnd.nextInt(3) == 0 ? null : "ne", target);
            } else if (r < 84) {
                l.branchToStub(rnd.nextBoolean() ? "hs" : "eq", rnd.nextBoolean() ? "a" : "b");
            } else if (r < 90 && placed < labels) {
                l.label(name + "_L" + placed++);
            } else if (r < 93) {
                l.barrier("bx lr");
            } else {
                l.text("movs r0, #1");
            }
        }
        while (placed < labels) {
            l.label(name + "_L" + placed++);
        }
        l.barrier("bx lr");
        return l;
    }
}
