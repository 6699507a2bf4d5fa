package rtgo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rtgo.cli.RtgoCliTest.Outcome;

/**
 * The smaller things a Java developer expects of a command-line tool: `rtgo size`, `--version`,
 * `rtgo completion`, build errors in the form IDEs link, no colour codes and no progress line when
 * the output is not a terminal, and the terminal's input reaching the program's UART.
 */
class CliPolishTest {
    @TempDir
    Path tmp;

    private static final String BIG_AND_SMALL = """
            public class Sizes {
                static int[] table = new int[16];
                static long counter;

                static int small(int x) {
                    return x + 1;
                }

                static int big(int x) {
                    int s = 0;
                    for (int i = 0; i < x; i++) {
                        s += i * x % 7 + (i ^ x) / 3 + Integer.toString(i).length() + String.valueOf(s).hashCode();
                    }
                    table[x & 15] = s;
                    counter += s;
                    return s;
                }

                public static void main(String[] args) {
                    System.out.println(small(1) + big(5));
                }
            }
            """;

    private Path source(String name, String text) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(dir.resolve(text.substring(text.indexOf("class ") + 6, text.indexOf(' ', text.indexOf("class ") + 6))
                + ".java"), text);
        return dir;
    }

    @Test
    void sizeListsClassesAndMethodsLargestFirstAndAddsUp() throws Exception {
        Path src = source("sizes", BIG_AND_SMALL);
        Outcome o = RtgoCliTest.rtgo("size", src.toString(), "--top=0", "--inline=off");
        assertEquals(0, o.code(), o::toString);
        String out = o.out();
        assertTrue(out.startsWith("flash "), o::toString);
        int big = bytes(out, "Sizes.big(I)I");
        int small = bytes(out, "Sizes.small(I)I");
        assertTrue(big > small, o::toString);
        // largest first in the method table
        List<Integer> methods = column(out.substring(out.indexOf("Largest methods:"), out.indexOf("RAM by class")));
        for (int i = 1; i < methods.size(); i++) {
            assertTrue(methods.get(i - 1) >= methods.get(i), () -> "not largest first:\n" + out);
        }
        // the class's own line is the sum of its methods
        int sizesClass = bytesOfClass(out.substring(0, out.indexOf("Largest methods:")), "Sizes");
        int sum = 0;
        for (Matcher m = Pattern.compile("\\n\\s+([\\d,]+)  Sizes\\.[^ \\n]+\\n").matcher(out); m.find(); ) {
            sum += Integer.parseInt(m.group(1).replace(",", ""));
        }
        assertEquals(sum, sizesClass, o::toString);
        // static fields in RAM: a reference and a long
        assertEquals(12, bytesOfClass(out.substring(out.indexOf("RAM by class")), "Sizes"), o::toString);
        // the code figures add up to the code total
        int code = Integer.parseInt(out.replaceAll("(?s).*\\n  code\\s+([\\d,]+) bytes.*", "$1").replace(",", ""));
        assertEquals(code, methods.stream().mapToInt(Integer::intValue).sum(), o::toString);
    }

    private static int bytes(String out, String method) {
        Matcher m = Pattern.compile("\\n\\s+([\\d,]+)  " + Pattern.quote(method) + "\\n").matcher(out);
        assertTrue(m.find(), () -> method + " not listed:\n" + out);
        return Integer.parseInt(m.group(1).replace(",", ""));
    }

    private static int bytesOfClass(String out, String cls) {
        Matcher m = Pattern.compile("\\n\\s+([\\d,]+)  " + Pattern.quote(cls) + " \\(\\d+\\)\\n").matcher(out);
        assertTrue(m.find(), () -> cls + " not listed:\n" + out);
        return Integer.parseInt(m.group(1).replace(",", ""));
    }

    private static List<Integer> column(String table) {
        return Pattern.compile("\\n\\s+([\\d,]+)  ").matcher(table).results()
                .map(r -> Integer.parseInt(r.group(1).replace(",", ""))).toList();
    }

    @Test
    void sizeOfAUf2WithoutItsElfIsAUsageError() throws Exception {
        Path uf2 = Files.write(tmp.resolve("lonely.uf2"), new byte[512]);
        Outcome o = RtgoCliTest.rtgo("size", uf2.toString());
        assertEquals(ExitCodes.USAGE, o.code(), o::toString);
        assertTrue(o.err().contains("lonely.elf"), o::toString);
    }

    @Test
    void versionNamesRtgoAndTheJava() {
        Outcome o = RtgoCliTest.rtgo("--version");
        assertEquals(0, o.code(), o::toString);
        assertTrue(o.out().matches("rtgo \\S.*, Java \\d+.*\\n"), o::toString);
    }

    @Test
    void completionIsABashScriptKnowingEveryCommandAndOption() {
        Outcome o = RtgoCliTest.rtgo("completion");
        assertEquals(0, o.code(), o::toString);
        assertTrue(o.out().startsWith("#!/usr/bin/env bash"), o::toString);
        assertTrue(o.out().contains("complete -F _complete_rtgo"), "registers a completion function");
        for (String word : new String[] {"build", "run", "flash", "debug", "size", "--max-cycles", "--gpio-in",
                "--keep-asm", "--port"}) {
            assertTrue(o.out().contains(word), () -> word + " missing from the completion script");
        }
    }

    @Test
    void aBuildErrorStartsWithFileLineErrorAndKeepsClassMethodAndHint() throws Exception {
        Path src = Files.createDirectories(tmp.resolve("src/demo"));
        Files.writeString(src.resolve("Loader.java"), """
                package demo;

                public class Loader {
                    public static void main(String[] args) throws Exception {
                        System.out.println(Class.forName("java.util.ArrayList"));
                    }
                }
                """);
        Outcome o = RtgoCliTest.rtgo("build", tmp.resolve("src").toString(), "-o", tmp.resolve("out/x.uf2").toString());
        assertEquals(ExitCodes.BUILD_ERROR, o.code(), o::toString);
        String first = o.err().lines().findFirst().orElse("");
        String file = Report.path(src.resolve("Loader.java"));
        assertTrue(first.startsWith(file + ":5: error: "), o::toString);
        assertTrue(first.contains("java.lang.Class.forName(String)"), o::toString);
        assertTrue(o.err().contains("\n  at demo.Loader.main(Loader.java:5)"), o::toString);
        assertTrue(o.err().contains("\n  hint: "), o::toString);
        assertFalse(o.err().contains("\u001b["), "no colour codes when stderr is not a terminal");
    }

    @Test
    void withoutSourcesTheFileIsNamedByItsPackagePath() {
        String m = CliSupport.located("error: bad thing\n  at demo.sub.Blink$Inner.run(Blink.java:42)\n  hint: x", null);
        assertEquals("demo/sub/Blink.java:42: error: bad thing\n  at demo.sub.Blink$Inner.run(Blink.java:42)\n  hint: x", m);
        assertEquals(null, CliSupport.located("error: no line here", null));
        assertEquals(null, CliSupport.located("error: x\n  at demo.A.m(Unknown Source)", null));
    }

    @Test
    void progressShowsOnlyForSlowWorkAndIsErased() throws Exception {
        StringWriter quick = new StringWriter();
        try (Progress p = Progress.start("building quick", new java.io.PrintWriter(quick), true)) {
            Thread.sleep(10);
        }
        assertEquals("", quick.toString(), "a build under a second prints nothing");
        StringWriter slow = new StringWriter();
        try (Progress p = Progress.start("building slow", new java.io.PrintWriter(slow), true)) {
            Thread.sleep(Progress.DELAY_MILLIS + 600);
        }
        assertTrue(slow.toString().startsWith("\rrtgo: building slow... 1 s"), slow::toString);
        assertTrue(slow.toString().endsWith("\r\u001b[K"), "the line is erased at the end");
        assertEquals(null, Progress.start("off", new java.io.PrintWriter(new StringWriter()), false));
    }

    @Test
    void standardInputReachesTheProgramsUart() throws Exception {
        Path src = source("echo", """
                import rtgo.hal.Uart;

                public class Echo {
                    public static void main(String[] args) {
                        StringBuilder line = new StringBuilder();
                        for (int c = Uart.read0(); c != '\\n'; c = Uart.read0()) {
                            line.append((char) c);
                        }
                        System.out.println("got " + line.toString().toUpperCase() + " (" + line.length() + ")");
                    }
                }
                """);
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("hello pico\nrest".getBytes(StandardCharsets.US_ASCII)));
            RunCommandTest.Outcome o = RunCommandTest.rtgo("run", src.toString(), "--stdin", "--timeout=60");
            assertEquals(0, o.code(), o::toString);
            assertEquals("got HELLO PICO (10)\n", o.stdout(), o::toString);
        } finally {
            System.setIn(saved);
        }
    }
}
