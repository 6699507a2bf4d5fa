package rtgo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * `rtgo debug` with a real gdb: a scripted gdb-multiarch session against the emulated Pico breaks
 * on a Java method by name, checks the Java source line it stops at, steps by line with next and
 * step, and takes backtraces through Java frames. Skipped only when gdb-multiarch is not installed
 * (ci/setup installs it, so CI runs it).
 */
class DebugCommandTest {
    @TempDir
    Path tmp;

    private static final String PROGRAM = """
            public class Stepper {
                static int twice(int x) {
                    int y = x * 2;
                    return y + 1;
                }

                static int sum(int n) {
                    int s = 0;
                    for (int i = 0; i < n; i++) {
                        s += twice(i);
                    }
                    return s;
                }

                public static void main(String[] args) {
                    int total = sum(3);
                    System.out.println("total " + total);
                }
            }
            """;

    private static Path gdb() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, "gdb-multiarch");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    @Test
    void gdbBreaksOnAJavaMethodStepsByLineAndWalksTheStack() throws Exception {
        Path gdb = gdb();
        Assumptions.assumeTrue(gdb != null,
                "gdb-multiarch is not on the PATH: install it (ci/setup does, apt-get install gdb-multiarch)");
        Path src = Files.createDirectories(tmp.resolve("src"));
        Files.writeString(src.resolve("Stepper.java"), PROGRAM);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = RtgoCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        AtomicInteger code = new AtomicInteger(-1);
        Path uf2 = tmp.resolve("out/stepper.uf2");
        Thread rtgo = Thread.ofPlatform().start(() -> code.set(cl.execute(
                "debug", src.toString(), "-o", uf2.toString(), "--port", Integer.toString(port))));
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!err.toString().contains("target remote :" + port) && rtgo.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(err.toString().contains("gdb-multiarch " ) && err.toString().contains("stepper.elf"),
                () -> "rtgo debug did not say how to attach:\n" + err + "\nexit " + code.get());

        Path script = Files.writeString(tmp.resolve("session.gdb"), """
                set pagination off
                set confirm off
                target remote :%d
                directory %s
                break Stepper.twice
                continue
                bt
                next
                info line *$pc
                delete
                finish
                next
                step
                bt
                finish
                finish
                next
                continue
                """.formatted(port, src));
        Process p = new ProcessBuilder(gdb.toString(), "-q", "-batch", "-nx", "-x", script.toString(),
                tmp.resolve("out/stepper.elf").toString())
                .redirectErrorStream(true).start();
        p.getOutputStream().close();
        String session = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "gdb did not finish:\n" + session);
        rtgo.join(TimeUnit.MINUTES.toMillis(1));

        String context = "gdb session:\n" + session + "\nrtgo stderr:\n" + err;
        // break on a Java method by name: stopped at its first line, named as Java names it
        assertTrue(session.contains("Breakpoint 1, Stepper.twice () at Stepper.java:3\n3\t        int y = x * 2;"),
                context);
        // the backtrace walks the Java frames up to the runtime's start-up
        String frames = "#0\\s+Stepper\\.twice \\(\\) at Stepper\\.java:3\\s*\\n"
                + "#1\\s+0x[0-9a-f]+ in Stepper\\.sum \\(\\) at Stepper\\.java:10\\s*\\n"
                + "#2\\s+0x[0-9a-f]+ in Stepper\\.main \\(\\) at Stepper\\.java:16\\s*\\n"
                + "#3\\s+0x[0-9a-f]+ in rtgo\\.runtime\\.Start\\.start \\(\\)";
        assertTrue(session.matches("(?s).*" + frames + ".*"), context);
        // next: the next Java line of the same method
        assertTrue(session.contains("\n4\t        return y + 1;"), context);
        assertTrue(session.contains("Line 4 of \"Stepper.java\""), context);
        // finish returns into sum, next goes on in sum, step enters twice again from its next call
        assertTrue(session.matches("(?s).*" + frames + ".*" + frames + ".*"), context);
        // back out to main, and next over a call whose return lands on a 32-bit instruction
        assertTrue(session.contains("\n17\t        System.out.println(\"total \" + total);"), context);
        // and the program runs to its end under gdb, its UART output intact
        assertTrue(session.contains("exited normally"), context);
        assertEquals(0, code.get(), context);
        assertEquals("total 9\n", out.toString().replace("\r", ""), context);
    }
}
