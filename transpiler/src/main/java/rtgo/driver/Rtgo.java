package rtgo.driver;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import rtgo.diag.BuildException;
import rtgo.frontend.BlockDiscovery;
import rtgo.frontend.ClassPath;
import rtgo.frontend.FrontendPasses;
import rtgo.frontend.LoopPeeling;
import rtgo.frontend.LoopRotation;
import rtgo.frontend.Program;
import rtgo.frontend.SsaTranslation;
import rtgo.frontend.Unsupported;
import rtgo.ir.Func;
import rtgo.link.LinkResult;
import rtgo.link.Linker;
import rtgo.lower.StringTable;
import rtgo.thumb.Allocation;
import rtgo.thumb.ProgramEmitter;
import rtgo.thumb.StackCheck;

/**
 * The one tool API: the CLI, the Maven plugin and the tests all build through here.
 *
 * <p>A build reads the program's classes (closed world), translates every reachable method to SSA
 * IR, optimises, selects Thumb instructions, allocates registers, writes one assembler file and hands
 * it to {@link Linker}, which assembles and links it with boot2 and the start-up code and writes
 * ELF, BIN and UF2. Nothing is written unless every step succeeds.
 */
public final class Rtgo {
    private Rtgo() {}

    /** Builds the program described by {@code options}; writes nothing when it throws. */
    public static BuildResult build(BuildOptions options) throws BuildException {
        return build(options, System.err);
    }

    /** As {@link #build(BuildOptions)}, printing IR dumps to {@code dump}. */
    public static BuildResult build(BuildOptions options, PrintStream dump) throws BuildException {
        if (options.inputs().isEmpty()) {
            throw new BuildException("error: nothing to build\n  hint: give a jar or a directory of classes");
        }
        try (ClassPath cp = new ClassPath(options.inputs())) {
            String main = mainClass(cp, options.mainClass());
            // the front end, step by step (the pass list will name these): see rtgo.frontend.FrontendPasses
            Program program = new Program(cp, main, u -> {
                BlockDiscovery.run(u);
                LoopRotation.run(u);
                LoopPeeling.run(u);
                SsaTranslation.run(u);
                FrontendPasses.removeUnreachable(u);
            });
            try {
                program.build();
            } catch (Unsupported u) {
                throw new BuildException(u.userMessage());
            } catch (RuntimeException e) {
                throw internalError("reading the program", e);
            }
            StringTable strings = new StringTable();
            ProgramEmitter emitter = new ProgramEmitter(program, strings);
            Pipeline pipeline = new Pipeline(options, dump, strings);
            List<String> allocations = allocationSites(program);
            Map<Func, Allocation> compiled = new LinkedHashMap<>();
            for (Func f : program.funcs()) {
                try {
                    compiled.put(f, pipeline.compile(f));
                } catch (RuntimeException e) {
                    throw internalError("compiling " + f.displayName + (f.sourceFile != null ? " (" + f.sourceFile + ")" : ""), e);
                }
            }
            StackCheck stack = new StackCheck(program, compiled);
            checkStackDepth(stack, program, options.stackSize());
            emitter.stackLimit(stack.limit());
            for (Map.Entry<Func, Allocation> e : compiled.entrySet()) {
                emitter.function(e.getKey(), e.getValue(), stack.checks(e.getKey()));
            }
            String asm = emitter.finish();
            List<BuildResult.CodeSize> sizes = new ArrayList<>();
            emitter.codeSizes().forEach((m, n) -> sizes.add(new BuildResult.CodeSize(m, n)));
            sizes.sort((a, b) -> Integer.compare(b.bytes(), a.bytes()));
            return link(options, asm, program.funcs().size(), sizes, allocations);
        }
    }

    /** A failure of rtgo itself, reported as such (the cause carries the details for --stacktrace). */
    static BuildException internalError(String during, RuntimeException e) {
        return new BuildException("error: internal compiler error while " + during + ": " + e.getMessage()
                + "\n  hint: this is a bug in rtgo, not in your program; please report it with the class files"
                + " (rtgo build --stacktrace shows where it failed)", e);
    }

    /** The recursion-free call depth from the start-up code must fit the stack, with room to spare. */
    private static void checkStackDepth(StackCheck stack, Program program, int stackSize) throws BuildException {
        StackDepth.check(stack, program.exports(), stackSize);
    }

    /**
     * Where the program allocates (there is no garbage collector yet, so every allocation in a loop
     * grows the heap): array creations and string concatenations, straight from the front end.
     */
    static List<String> allocationSites(Program program) {
        List<String> sites = new ArrayList<>();
        for (Func f : program.funcs()) {
            if (f.displayName.startsWith("rtgo.")) {
                continue;
            }
            for (rtgo.ir.Block b : f.blocks) {
                for (rtgo.ir.Insn i : b.insns) {
                    String what = switch (i.op) {
                        case NEWARRAY, NEWMULTI -> "new " + arrayName((String) i.sym);
                        case CALL -> ((String) i.sym).startsWith("J:rtgo.runtime.StringConcat.end")
                                ? "string concatenation" : null;
                        default -> null;
                    };
                    if (what != null) {
                        sites.add((f.sourceFile != null ? f.sourceFile : "?") + ":" + i.line + ": " + what
                                + " (in " + f.displayName + ")");
                    }
                }
            }
        }
        return sites;
    }

    /** "[[I" as Java writes it: int[][]. */
    private static String arrayName(String desc) {
        int dims = 0;
        while (desc.charAt(dims) == '[') {
            dims++;
        }
        String elem = org.objectweb.asm.Type.getType(desc.substring(dims)).getClassName();
        return elem.replace("java.lang.", "") + "[]".repeat(dims);
    }

    private static BuildResult link(BuildOptions options, String asm, int methods,
                                    List<BuildResult.CodeSize> sizes, List<String> allocations) throws BuildException {
        Path output = options.output().toAbsolutePath();
        String file = output.getFileName().toString();
        String base = file.endsWith(".uf2") ? file.substring(0, file.length() - 4) : file;
        Path outDir = output.getParent();
        try {
            Files.createDirectories(outDir);
            Path work = Files.createTempDirectory("rtgo-build");
            try {
                Path s = work.resolve(base + ".s");
                Files.writeString(s, asm);
                LinkResult r = new Linker().link(s, outDir, base, List.of(), options.stackSize());
                Path kept = null;
                if (options.keepAssembly()) {
                    kept = outDir.resolve(base + ".s");
                    Files.move(s, kept, StandardCopyOption.REPLACE_EXISTING);
                }
                Path uf2 = r.uf2();
                if (!uf2.equals(output)) {
                    Files.move(uf2, output, StandardCopyOption.REPLACE_EXISTING);
                    uf2 = output;
                }
                return new BuildResult(uf2, r.elf(), r.bin(), kept, r.flashBytes(), r.ramBytes(), methods,
                        List.copyOf(sizes), List.copyOf(allocations));
            } finally {
                try (var files = Files.walk(work)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new BuildException("error: cannot write the image to " + outDir + ": " + e.getMessage(), e);
        }
    }

    /** The main class: as given, else the jar's Main-Class, else the only class with a main method. */
    static String mainClass(ClassPath cp, String given) throws BuildException {
        if (given != null) {
            return given;
        }
        if (cp.manifestMain() != null) {
            return cp.manifestMain();
        }
        List<String> candidates = new ArrayList<>();
        for (String c : cp.inputClasses()) {
            ClassNode cn = cp.find(c);
            if (cn == null) {
                continue;
            }
            for (MethodNode m : cn.methods) {
                if (m.name.equals("main") && m.desc.equals("([Ljava/lang/String;)V")
                        && (m.access & Opcodes.ACC_STATIC) != 0 && (m.access & Opcodes.ACC_PUBLIC) != 0) {
                    candidates.add(c.replace('/', '.'));
                }
            }
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (candidates.isEmpty()) {
            throw new BuildException("error: no class with 'public static void main(String[])' in the inputs\n"
                    + "  hint: add a main method, or pass --main");
        }
        throw new BuildException("error: several classes have a main method: " + String.join(", ", candidates)
                + "\n  hint: choose one with --main");
    }
}
