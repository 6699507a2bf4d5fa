package rtgo.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import rtgo.driver.BuildOptions;
import rtgo.driver.BuildResult;
import rtgo.driver.Rtgo;
import rtgo.emu.RunResult;
import rtgo.link.ElfFile;

/**
 * What an image carries (issue 11 part 7, image size): the runtime entry points that lowered code
 * calls only for some operations (multianewarray, a cast that can fail, a class initialisation stub)
 * are linked only into programs that have such an operation, and a cast that its operand's static
 * class already proves links nothing; a program that has them still gets them and behaves as on
 * HotSpot.
 */
class ImageContentsTest {
    private static final Path WORK = Project.targetDir("image-contents");

    /** The entry points and the cast machinery that only some operations need. */
    private static final List<String> ON_DEMAND = List.of(
            "J:rtgo.runtime.Heap.allocMultiArray(I[I)I",
            "J:rtgo.runtime.Throw.noClassDef(I)V",
            "J:rtgo.runtime.Types.checkCast(II)V",
            "J:rtgo.runtime.Throw.classCast(II)V");

    @Test
    void aProgramWithoutTheOperationsCarriesNoneOfTheirRuntime() throws Exception {
        Path dir = compile("Plain", """
                public class Plain {
                    static String name() {
                        return "plain";
                    }
                    public static void main(String[] a) {
                        Object o = name();
                        String s = (String) o; // javac checks it; the call's result is a String
                        System.out.println(s.length());
                    }
                }
                """);
        Set<String> symbols = symbols(build(dir, "Plain"));
        for (String s : ON_DEMAND) {
            assertFalse(symbols.contains(s), s + " is linked into a program that never needs it");
        }
    }

    /**
     * A program whose compiled code can neither throw nor allocate: the image holds no allocator,
     * no collector and no exception machinery (rtgo.thumb.LiveCode), although the front end
     * translated them, and it still runs as on HotSpot.
     */
    @Test
    void aProgramThatCannotThrowOrAllocateCarriesNoneOfThatRuntime() throws Exception {
        Path dir = compile("Quiet", """
                public class Quiet {
                    static int total;
                    public static void main(String[] a) {
                        for (int i = 0; i < 100; i++) {
                            total += i * i;
                        }
                    }
                }
                """);
        BuildResult built = build(dir, "Quiet");
        assertNoAllocatorNorExceptions(built, 6 * 1024);
        RunResult run = Device.run(built.elf(), Device.CORPUS_RUN);
        assertEquals("", run.uart());
        assertEquals(0, run.exitStatus());
    }

    /**
     * A program that prints concatenations of ints, longs, chars, booleans and Strings (null
     * included) builds no String (frontend.Concat writes the pieces to the console), so it
     * carries no allocator, collector or exception machinery either, and prints what HotSpot does.
     */
    @Test
    void aProgramThatPrintsConcatenationsCarriesNoneOfThatRuntime() throws Exception {
        Path dir = compile("Chatty", """
                public class Chatty {
                    static String none;
                    static int count; // no initialiser, no a.length: those have their own needs
                    public static void main(String[] a) {
                        for (int i = 0; i < 3; i++) {
                            System.out.println("i=" + i + " sq " + (long) i * 3_000_000_000L + " odd " + (i % 2 == 1) + ' ' + none);
                            count++;
                        }
                        System.err.print("err " + count + (char) ('A' + count) + '\\n');
                    }
                }
                """);
        BuildResult built = build(dir, "Chatty");
        assertNoAllocatorNorExceptions(built, 7 * 1024); // the console's number writers, the loop unrolled
        RunResult run = Device.run(built.elf(), Device.CORPUS_RUN);
        assertEquals("""
                i=0 sq 0 odd false null
                i=1 sq 3000000000 odd true null
                i=2 sq 6000000000 odd false null
                err 3D
                """, run.uart());
        assertEquals(0, run.exitStatus());
    }

    /**
     * A program that makes its arrays once (a static table, a buffer in main) and catches nothing:
     * the arrays are static blocks (rtgo.lower.OnceAllocation) and its failed division reports
     * itself from the stack (rtgo.thumb.UncaughtReports), so neither allocator nor unwinder is
     * linked, and it prints, trace included, what HotSpot prints.
     */
    @Test
    void aProgramThatAllocatesOnceAndCatchesNothingCarriesNoneOfThatRuntime() throws Exception {
        Path dir = compile("OnceOnly", """
                public class OnceOnly {
                    static final int[] SUMS = new int[8];
                    static int ratio(int a, int b) {
                        return a / b;
                    }
                    public static void main(String[] a) {
                        boolean[] composite = new boolean[100];
                        int found = 0;
                        for (int i = 2; i < composite.length; i++) {
                            if (!composite[i]) {
                                SUMS[found & 7] += i;
                                found++;
                                for (int j = i * i; j < composite.length; j += i) {
                                    composite[j] = true;
                                }
                            }
                        }
                        System.out.println("primes " + found + ", first column " + SUMS[0]);
                        System.out.println(ratio(SUMS[0], found - 25 + a.length));
                    }
                }
                """);
        BuildResult built = build(dir, "OnceOnly");
        assertNone(built, 8 * 1024);
        Set<String> symbols = symbols(built);
        assertTrue(symbols.contains("J:rtgo.runtime.Uncaught.divideByZero()V"), "the division reports itself");
        assertTrue(symbols.stream().filter(s -> s.startsWith("rtgo_once_")).count() == 2, "two static blocks: " + symbols);
        RunResult run = Device.run(built.elf(), Device.CORPUS_RUN);
        HotSpot.Expected expected = HotSpot.run(List.of(dir.resolve("classes")), "OnceOnly", dir.resolve("hotspot"));
        assertEquals(expected.output(), run.uart());
        assertEquals(expected.status(), run.exitStatus());
    }

    /** Neither allocator, collector nor exception machinery is linked in, and the image is below {@code maxFlash} bytes. */
    private static void assertNoAllocatorNorExceptions(BuildResult built, int maxFlash) throws IOException {
        assertNone(built, maxFlash, "StackTrace");
    }

    /** As above, where the stack-trace printer may stay (an uncaught report prints from the stack). */
    private static void assertNone(BuildResult built, int maxFlash, String... more) throws IOException {
        List<String> classes = new java.util.ArrayList<>(List.of("Heap", "Gc", "Throw", "StringConcat",
                "classlib.java.lang.TThrowable"));
        classes.addAll(List.of(more));
        for (String s : symbols(built)) {
            for (String cls : classes) {
                assertFalse(s.startsWith("J:rtgo.runtime." + cls + "."), s + " is linked into a program that cannot need it");
            }
        }
        assertTrue(built.flashBytes() < maxFlash, "flash " + built.flashBytes() + " B");
    }

    @Test
    void aProgramWithTheOperationsHasTheirRuntimeAndHotSpotsBehaviour() throws Exception {
        Path dir = compile("Needs", """
                public class Needs {
                    static class Holder {
                        static final int[] TABLE = make(); // an initialiser that throws
                        static int[] make() {
                            throw new IllegalStateException("no table");
                        }
                    }
                    public static void main(String[] a) {
                        int[][] grid = new int[a.length + 2][a.length + 3];
                        System.out.println(grid.length + " x " + grid[0].length);
                        Object o = a.length == 0 ? (Object) Integer.valueOf(7) : "text";
                        System.out.println((Number) o); // Number has subclasses: Types.checkCast
                        try {
                            System.out.println((String) o); // String has none: an inline test
                        } catch (ClassCastException e) {
                            System.out.println("cast failed");
                        }
                        for (int i = 0; i < 2; i++) {
                            try {
                                System.out.println(Holder.TABLE.length);
                            } catch (Throwable t) {
                                System.out.println(t.getClass().getName());
                            }
                        }
                    }
                }
                """);
        BuildResult built = build(dir, "Needs");
        Set<String> symbols = symbols(built);
        for (String s : ON_DEMAND) {
            assertTrue(symbols.contains(s), s + " is missing from a program that needs it");
        }
        RunResult run = Device.run(built.elf(), Device.CORPUS_RUN);
        HotSpot.Expected expected = HotSpot.run(List.of(dir.resolve("classes")), "Needs", dir.resolve("hotspot"));
        assertEquals(expected.output(), run.uart());
        assertEquals(expected.status(), run.exitStatus());
    }

    private static Set<String> symbols(BuildResult built) throws IOException {
        return ElfFile.read(built.elf()).symbols().keySet();
    }

    private static Path compile(String name, String source) throws IOException {
        return JavaSources.compileOne(WORK, name, source);
    }

    private static BuildResult build(Path dir, String main) throws Exception {
        Path uf2 = dir.resolve("out").resolve(main + ".uf2");
        return Rtgo.build(BuildOptions.of(List.of(dir.resolve("classes")), uf2).withMainClass(main));
    }
}
