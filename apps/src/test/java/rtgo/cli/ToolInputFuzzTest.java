package rtgo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Feeds the `rtgo` command, in process, the kinds of bad input a user can give it: random bytes,
 * truncated and bit-flipped copies of a real classfile, jar and image, and every numeric or named
 * option with values out of its range. Whatever the input, rtgo must end with a documented status
 * ({@link ExitCodes}), say nothing about an "internal" error, print no stack trace, and leave no
 * .uf2, .elf, .bin or .s (nor any working file) behind when a build fails.
 *
 * <p>The inputs come from one fixed seed, so a failure is reproducible: the message names the case.
 * Most cases fail before the compiler runs; the few that build (a flip in debug information) take
 * a second each with the GNU assembler and linker.
 */
class ToolInputFuzzTest {
    private static final long SEED = 0x5EED_2026L;
    private static final Set<Integer> BUILD_STATUSES = Set.of(ExitCodes.OK, ExitCodes.BUILD_ERROR, ExitCodes.USAGE);
    private static final Set<Integer> FAILED = Set.of(ExitCodes.BUILD_ERROR, ExitCodes.USAGE);
    private static final Set<Integer> USAGE = Set.of(ExitCodes.USAGE);

    @TempDir
    static Path tmp;
    private static byte[] classfile;
    private static byte[] jar;
    private static Path classes;
    private static Path image;
    private static int caseNumber;

    private final Random random = new Random(SEED);
    private final List<String> failures = new ArrayList<>();

    /**
     * A small program with a little of everything a classfile holds (static fields and their
     * initialiser, strings, a switch, arrays, narrowing casts), its classfile, a jar of it, and its
     * image built once by rtgo itself.
     */
    @BeforeAll
    static void buildInputs() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("src"));
        Files.writeString(src.resolve("Tiny.java"), """
                public class Tiny {
                    static final int[] TABLE = {3, 1, 4, 1, 5, 9, 2, 6};
                    static String name = "tiny";
                    static int calls;

                    public static void main(String[] args) {
                        int sum = 0;
                        for (int i = 1; i <= 10; i++) {
                            sum += i;
                        }
                        System.out.println(name + ": " + describe(sum % 4) + " " + hash(TABLE));
                        System.exit(sum == 55 ? 0 : 1);
                    }

                    static String describe(int k) {
                        switch (k) {
                            case 0: return "zero";
                            case 1: return "one";
                            case 2: return "two";
                            default: return "many";
                        }
                    }

                    static int hash(int[] a) {
                        calls++;
                        int h = 17;
                        for (int x : a) {
                            h = h * 31 + (x ^ (h >>> 7));
                        }
                        char c = name.charAt(0);
                        byte b = (byte) h;
                        short s = (short) (h >> 3);
                        return h + c + b + s + (a.length > 4 ? a[4] / (calls | 1) : 0);
                    }
                }
                """);
        classes = Files.createDirectories(tmp.resolve("classes"));
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "21", "-g",
                "-d", classes.toString(), src.resolve("Tiny.java").toString());
        assertEquals(0, rc, "javac");
        classfile = Files.readAllBytes(classes.resolve("Tiny.class"));
        jar = jarOf(classfile);
        Path out = tmp.resolve("image/tiny.uf2");
        RtgoCliTest.Outcome built = rtgo("build", classes.toString(), "-o", out.toString());
        assertEquals(ExitCodes.OK, built.code(), built::toString);
        image = out;
    }

    @Test
    void damagedClassfilesAreBuildErrorsNamingTheFile() throws IOException {
        for (int i = 0; i < 8; i++) {
            byte[] noise = new byte[random.nextInt(i == 0 ? 1 : 600)];
            random.nextBytes(noise);
            buildClassDir("random bytes (" + noise.length + ")", noise, FAILED);
        }
        for (int length : new int[] {0, 3, 4, 8, 9, 10, 11, 24, classfile.length / 3, classfile.length / 2,
                classfile.length - 40, classfile.length - 1}) {
            buildClassDir("truncated to " + length, Arrays.copyOf(classfile, length), FAILED);
        }
        for (int version : new int[] {0, 44, 70, 255, 0xFFFF}) {
            byte[] b = classfile.clone();
            b[6] = (byte) (version >> 8);
            b[7] = (byte) version;
            buildClassDir("version " + version, b, FAILED);
        }
        // a flip may land in debug information and still build: then it must build cleanly
        for (int i = 0; i < 60; i++) {
            buildClassDir("bit flips #" + i, flipped(classfile, 1 + random.nextInt(3)), BUILD_STATUSES);
        }
        report();
    }

    @Test
    void damagedJarsAreBuildErrors() throws IOException {
        for (int i = 0; i < 4; i++) {
            byte[] noise = new byte[random.nextInt(2000)];
            random.nextBytes(noise);
            buildJar("random bytes (" + noise.length + ")", noise, FAILED);
        }
        for (int length : new int[] {0, 10, 22, jar.length / 2, jar.length - 22, jar.length - 1}) {
            buildJar("truncated to " + length, Arrays.copyOf(jar, length), FAILED);
        }
        for (int i = 0; i < 30; i++) {
            buildJar("bit flips #" + i, flipped(jar, 1 + random.nextInt(2)), BUILD_STATUSES);
        }
        buildJar("a jar without classes", jarOf(null), FAILED);
        report();
    }

    @Test
    void imagesThatAreNoRp2040ImagesAreUsageErrors() throws IOException {
        Path elf = image.resolveSibling("tiny.elf");
        Path bin = image.resolveSibling("tiny.bin");
        for (String ext : new String[] {"uf2", "elf", "bin"}) {
            byte[] noise = new byte[1 + random.nextInt(5000)];
            random.nextBytes(noise);
            runImage("random bytes as ." + ext, ext, noise);
            runImage("empty ." + ext, ext, new byte[0]);
        }
        byte[] uf2Bytes = Files.readAllBytes(image);
        byte[] elfBytes = Files.readAllBytes(elf);
        byte[] binBytes = Files.readAllBytes(bin);
        for (int length : new int[] {1, 100, 511, 513, uf2Bytes.length - 512}) {
            runImage("uf2 truncated to " + length, "uf2", Arrays.copyOf(uf2Bytes, length));
        }
        // cut inside the code: the debug sections after the loaded ones are not needed to run it
        rtgo.link.ElfFile.Section text = rtgo.link.ElfFile.read(elf).section(".text").orElseThrow();
        for (int length : new int[] {4, 51, 52, 200, text.offset() + text.size() / 2}) {
            runImage("elf truncated to " + length, "elf", Arrays.copyOf(elfBytes, length));
        }
        for (int length : new int[] {100, 255}) {
            runImage("bin truncated to " + length, "bin", Arrays.copyOf(binBytes, length));
        }
        for (int i = 0; i < 6; i++) { // flips inside boot2: the bootrom would refuse it
            byte[] b = binBytes.clone();
            b[random.nextInt(256)] ^= (byte) (1 << random.nextInt(8));
            runImage("bin with boot2 flip #" + i, "bin", b);
        }
        report();
    }

    @Test
    void optionsOutOfRangeAreUsageErrors() throws IOException {
        String img = image.toString();
        for (String t : new String[] {"Infinity", "-Infinity", "NaN", "1e15", "1e17", "0", "-1", "1e-9", "",
                "abc", "86400.5", "0x10"}) {
            check("run --timeout=" + t, USAGE, null, "run", img, "--timeout=" + t);
        }
        for (String c : new String[] {"0", "-1", "9007199254740992", "" + Long.MAX_VALUE, "99999999999999999999",
                "1e9", "", "many"}) {
            check("run --max-cycles=" + c, USAGE, null, "run", img, "--max-cycles=" + c);
        }
        String in = classes.toString();
        for (String target : new String[] {"", "esp32", "PICO", "pico2"}) {
            Path out = freshDir();
            check("build --target=" + target, USAGE, out, "build", in, "--target=" + target, "-o", out + "/a.uf2");
        }
        for (String main : new String[] {"", " ", "a/b", "Nope", "java.lang.String", "rtgo.runtime.Start", "Tiny.",
                "1Tiny", "Tiny$Inner"}) {
            Path out = freshDir();
            check("build --main=" + main, FAILED, out, "build", in, "--main=" + main, "-o", out + "/a.uf2");
        }
        for (String dump : new String[] {"", "nonsense", "ALL"}) {
            Path out = freshDir();
            check("build --dump-ir=" + dump, USAGE, out, "build", in, "--dump-ir=" + dump, "-o", out + "/a.uf2");
        }
        for (String o : new String[] {"", ".uf2", "app.elf", "dir.uf2", "both.uf2", "app", "file/x.uf2",
                "file/deeper/x.uf2"}) {
            Path od = freshDir();
            Files.createDirectories(od.resolve("dir.uf2"));
            Files.createDirectories(od.resolve("both.elf"));
            Files.writeString(od.resolve("file"), "a file where a directory is expected");
            check("build -o " + o, FAILED, od, "build", in, "-o", o.isEmpty() ? "" : od.resolve(o).toString());
        }
        for (String flag : new String[] {"--keep-asm=maybe", "--verify-ir=2", "--debug-regalloc=on",
                "--stacktrace=no"}) {
            Path out = freshDir();
            check("build " + flag, USAGE, out, "build", in, flag, "-o", out + "/a.uf2");
        }
        check("run --gpio=x", USAGE, null, "run", img, "--gpio=x");
        for (String[] line : new String[][] {{"deploy", "--help"}, {"--help", "deploy"}, {"help", "deploy"},
                {"run", "--help", "extra", "--nope"}, {"build", "--method-filter=x", in}, {}, {"run"}}) {
            check("rtgo " + String.join(" ", line), USAGE, null, line);
        }
        report();
    }

    /** An empty directory of its own for one case, so what a case leaves is never blamed on the next. */
    private static Path freshDir() throws IOException {
        return Files.createDirectories(tmp.resolve("case" + (++caseNumber)));
    }

    private void buildClassDir(String what, byte[] bytes, Set<Integer> allowed) throws IOException {
        Path dir = Files.createDirectories(freshDir().resolve("classes"));
        Files.write(dir.resolve("Tiny.class"), bytes);
        Path out = dir.resolveSibling("out");
        check("classfile " + what, allowed, out, "build", dir.toString(), "-o", out.resolve("tiny.uf2").toString());
    }

    private void buildJar(String what, byte[] bytes, Set<Integer> allowed) throws IOException {
        Path dir = freshDir();
        Path file = Files.write(dir.resolve("tiny.jar"), bytes);
        Path out = dir.resolve("out");
        check("jar " + what, allowed, out, "build", file.toString(), "-o", out.resolve("tiny.uf2").toString());
    }

    private void runImage(String what, String ext, byte[] bytes) throws IOException {
        Path dir = freshDir();
        Path file = Files.write(dir.resolve("image." + ext), bytes);
        check("image " + what, USAGE, null, "run", file.toString(), "--max-cycles=1000000", "--timeout=10");
    }

    /** Runs one case and records what is wrong with its outcome (all cases run; failures are listed at the end). */
    private void check(String what, Set<Integer> allowed, Path outDir, String... args) throws IOException {
        RtgoCliTest.Outcome o = rtgo(args);
        String err = o.err().toLowerCase(Locale.ROOT);
        List<String> wrong = new ArrayList<>();
        if (!allowed.contains(o.code())) {
            wrong.add("status " + o.code() + " is not one of " + allowed);
        }
        if (err.contains("internal")) {
            wrong.add("stderr speaks of an internal error");
        }
        if (o.err().contains("\tat ") || o.err().contains("Exception")) {
            wrong.add("stderr shows an exception");
        }
        if (o.code() != ExitCodes.OK && outDir != null && Files.exists(outDir)) {
            try (Stream<Path> left = Files.walk(outDir)) {
                List<Path> files = left.filter(p -> !p.equals(outDir) && !(Files.isDirectory(p)
                        && p.getFileName().toString().matches("dir\\.uf2|both\\.elf")
                        || p.getFileName().toString().equals("file"))).toList();
                if (!files.isEmpty()) {
                    wrong.add("a failed build left " + files);
                }
            }
        }
        if (!wrong.isEmpty()) {
            failures.add(what + ": " + String.join("; ", wrong) + "\n" + o);
        }
    }

    private void report() {
        if (!failures.isEmpty()) {
            fail(failures.size() + " case(s) went wrong (seed " + SEED + "):\n\n" + String.join("\n\n", failures));
        }
    }

    private byte[] flipped(byte[] original, int bits) {
        byte[] b = original.clone();
        for (int i = 0; i < bits; i++) {
            b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return b;
    }

    /** A jar with Main-Class Tiny holding {@code tinyClass} (none when null), as the jar tool writes it. */
    private static byte[] jarOf(byte[] tinyClass) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Tiny");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
            out.putNextEntry(new JarEntry(tinyClass == null ? "readme.txt" : "Tiny.class"));
            out.write(tinyClass == null ? "no classes here".getBytes(StandardCharsets.UTF_8) : tinyClass);
            out.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** The CLI in process, with its stdout, stderr and the UART (System.out) captured. */
    static RtgoCliTest.Outcome rtgo(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintStream saved = System.out;
        ByteArrayOutputStream uart = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(uart, true, StandardCharsets.UTF_8));
            CommandLine cl = RtgoCli.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute(args);
            return new RtgoCliTest.Outcome(code, out + uart.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(saved);
        }
    }
}
