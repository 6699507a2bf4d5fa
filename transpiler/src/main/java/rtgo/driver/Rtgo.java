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
import rtgo.frontend.ClassPath;
import rtgo.frontend.Program;
import rtgo.frontend.Unsupported;
import rtgo.ir.Func;
import rtgo.ir.Unit;
import rtgo.ir.Verifier;
import rtgo.link.LinkResult;
import rtgo.link.Linker;
import rtgo.lower.StringTable;
import rtgo.opt.Inliner;
import rtgo.opt.MemoryEffects;
import rtgo.opt.StaticFacts;
import rtgo.opt.UnusedMethods;
import rtgo.sym.ProgramSymbols;
import rtgo.sym.RuntimeSymbols;
import rtgo.lower.OnceAllocation;
import rtgo.thumb.Allocation;
import rtgo.thumb.ProgramEmitter;
import rtgo.thumb.RegAlloc;
import rtgo.thumb.StackCheck;
import rtgo.thumb.UncaughtReports;

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

    /** What {@link BuildOptions#dumpIr()} may name: a pass of {@link Passes}, or "all". */
    public static List<String> dumpIrSteps() {
        List<String> steps = new ArrayList<>(Passes.names());
        steps.add("all");
        return List.copyOf(steps);
    }

    /** Builds the program described by {@code options}; writes nothing when it throws. */
    public static BuildResult build(BuildOptions options) throws BuildException {
        return build(options, System.err);
    }

    /** As {@link #build(BuildOptions)}, printing IR dumps (and allocator traces) to {@code dump}. */
    public static BuildResult build(BuildOptions options, PrintStream dump) throws BuildException {
        if (options.inputs().isEmpty()) {
            throw new BuildException("error: nothing to build\n  hint: give a jar or a directory of classes");
        }
        if (options.dumpIr() != null && !dumpIrSteps().contains(options.dumpIr())) {
            throw new BuildException("error: --dump-ir=" + options.dumpIr() + " names no step of the compiler\n"
                    + "  hint: choose one of " + String.join(", ", dumpIrSteps()));
        }
        outputs(options);
        try (ClassPath cp = new ClassPath(options.inputs())) {
            String main = mainClass(cp, options.mainClass());
            Program program = new Program(cp, main, Pipeline.frontend(options, dump));
            try {
                program.build();
            } catch (Unsupported u) {
                throw new BuildException(u.userMessage());
            } catch (RuntimeException e) {
                throw internalError("reading the program", e);
            }
            HandlerCheck.check(program.interrupts(), program.funcs());
            StaticFacts facts = StaticFacts.of(Worlds.of(program), program.funcs());
            MemoryEffects effects = MemoryEffects.of(Worlds.of(program), program.funcs(), facts.frozenFields());
            StringTable strings = new StringTable();
            ProgramEmitter emitter = new ProgramEmitter(program, strings);
            Pipeline backend = Pipeline.backend(options, dump);
            List<String> allocations = allocationSites(program);
            if (options.noGc()) {
                checkNoAllocation(allocations);
            }
            inline(program, options);
            // arrays made at most once become static blocks (rtgo.lower.OnceAllocation)
            OnceAllocation once = OnceAllocation.of(program, program.funcs(),
                    rtgo.sym.Symbols.method(main.replace('.', '/'), "main", "([Ljava/lang/String;)V"));
            emitter.onceBlocks(once.blocks());
            Map<Func, Allocation> compiled = new LinkedHashMap<>();
            for (Func f : program.funcs()) {
                try {
                    Unit u = new Unit(f);
                    u.put(StringTable.class, strings);
                    u.put(ProgramSymbols.class, program);
                    u.put(MemoryEffects.class, effects);
                    u.put(StaticFacts.class, facts);
                    u.put(OnceAllocation.class, once);
                    if (options.debugRegAlloc() && options.selects(f.displayName)) {
                        u.put(RegAlloc.Trace.class, new RegAlloc.Trace(dump));
                    }
                    backend.run(u);
                    compiled.put(f, u.get(Allocation.class));
                } catch (RuntimeException e) {
                    throw internalError("compiling " + f.displayName + (f.sourceFile != null ? " (" + f.sourceFile + ")" : ""), e);
                }
            }
            // only what the optimised code still reaches goes into the image (rtgo.thumb.LiveCode)
            // (--inline=keep also keeps the program's methods whose every call was inlined)
            boolean keep = options.inline().equals("keep");
            // failed checks that nothing can catch report themselves (rtgo.thumb.UncaughtReports)
            UncaughtReports reports = UncaughtReports.of(program, compiled.keySet());
            java.util.Set<String> uncaught = reports.functions;
            emitter.uncaughtReports(reports);
            emitter.prune(compiled, new StackCheck(program, compiled, uncaught)::checks,
                    f -> keep && !RuntimeSymbols.isRuntimeCode(f.displayName));
            StackCheck stack = new StackCheck(program, compiled, uncaught);
            checkStackDepth(stack, program, options.stackSize());
            emitter.stackLimit(stack.limit());
            emitter.threadStack(threadStack(stack));
            emitter.assertions(options.assertions());
            emitter.methods(compiled.keySet()); // so overloads get names that tell them apart
            // the runtime first, then the code threads may be preempted in (ProgramEmitter.preemptible)
            for (boolean preemptible : new boolean[] {false, true}) {
                for (Map.Entry<Func, Allocation> e : compiled.entrySet()) {
                    if (ProgramEmitter.preemptible(e.getKey().symbol) == preemptible) {
                        emitter.function(e.getKey(), e.getValue(), stack.checks(e.getKey()),
                                stack.recursiveCalls(e.getKey()));
                    }
                }
            }
            String asm = emitter.finish();
            List<BuildResult.CodeSize> sizes = new ArrayList<>();
            emitter.codeSizes().forEach((m, n) -> sizes.add(new BuildResult.CodeSize(m, n)));
            sizes.sort((a, b) -> Integer.compare(b.bytes(), a.bytes()));
            return link(options, asm, compiled.size(), sizes, allocations);
        }
    }

    /**
     * Inlining over the whole program (rtgo.opt.Inliner), after the checks that look at calls
     * (interrupt handlers, allocation sites) and before the per-method passes; then the methods
     * no call refers to any more are dropped (rtgo.opt.UnusedMethods). {@link BuildOptions#inline}
     * says how ({@link BuildOptions#INLINE_MODES}).
     */
    private static void inline(Program program, BuildOptions options) throws BuildException {
        String mode = options.inline();
        if (mode.equals("off")) {
            return;
        }
        Inliner.Targets targets = (method, receiver) -> {
            List<String> narrowed = receiver == null ? null : program.implementationsFor(method, receiver);
            return narrowed != null && narrowed.size() == 1 ? narrowed : program.implementations(method);
        };
        try {
            Inliner.run(program.funcs(), targets);
            if (mode.equals("on")) {
                UnusedMethods.remove(program.funcs(), roots(program), targets);
            }
            if (options.verifyIr()) {
                for (Func f : program.funcs()) {
                    Verifier.verify(f, Passes.after(Passes.FRONTEND_END), "inline");
                }
            }
        } catch (RuntimeException e) {
            throw internalError("inlining", e);
        }
    }

    /**
     * The methods that must stay whether or not a call names them: exported ones, interrupt
     * handlers, class initialisers, and every method of a virtual or interface table.
     */
    private static List<String> roots(Program program) {
        List<String> roots = new ArrayList<>(program.exports().keySet());
        roots.addAll(program.interrupts().keySet());
        for (rtgo.sym.ClassInit ci : program.inits().values()) {
            roots.add(ci.clinitSymbol());
        }
        for (rtgo.sym.ClassInfo c : program.classes()) {
            roots.addAll(nonNull(c.vtable()));
            roots.addAll(nonNull(c.itable()));
        }
        roots.addAll(nonNull(program.objectMethods(true)));
        roots.addAll(nonNull(program.objectMethods(false)));
        return roots;
    }

    private static List<String> nonNull(List<String> symbols) {
        return symbols == null ? List.of() : symbols.stream().filter(java.util.Objects::nonNull).toList();
    }

    /**
     * --gc=none: allocation sites of the program's own code outside static initialisers (which run
     * at start-up) are a build error listing every one; nothing is written.
     */
    static void checkNoAllocation(List<String> allocations) throws BuildException {
        List<String> late = allocations.stream().filter(a -> !a.endsWith(".<clinit>)")).toList();
        if (!late.isEmpty()) {
            throw new BuildException("error: --gc=none, but the program allocates after start-up at " + late.size()
                    + " place" + (late.size() == 1 ? "" : "s") + ":\n  " + String.join("\n  ", late)
                    + "\n  hint: allocate in static initialisers (at start-up) and reuse the objects, or build"
                    + " without --gc=none");
        }
    }

    /** A failure of rtgo itself, reported as such (the cause carries the details for --stacktrace). */
    static BuildException internalError(String during, RuntimeException e) {
        return new BuildException("error: internal compiler error while " + during + ": " + e.getMessage()
                + "\n  hint: this is a bug in rtgo, not in your program; please report it with the class files"
                + " (rtgo build --stacktrace shows where it failed)", e);
    }

    /**
     * A thread's default stack: the recursion-free depth from a thread's first Java method
     * (Sched.threadMain, which calls every run() a thread can run) plus the room recursive methods
     * keep below their checks, in 256-byte steps, at least 1 KiB.
     */
    static int threadStack(StackCheck stack) {
        String entry = rtgo.sym.Symbols.method("rtgo/runtime/Sched", "threadMain", "()V");
        int need = stack.rootNeed(entry) + stack.limit();
        return Math.max(1024, (need + 255) & ~255);
    }

    /** The recursion-free call depth from the start-up code must fit the stack, with room to spare. */
    private static void checkStackDepth(StackCheck stack, Program program, int stackSize) throws BuildException {
        StackDepth.check(stack, program.exports(), stackSize);
    }

    /**
     * Where the program allocates (there is no garbage collector yet, so every allocation in a loop
     * grows the heap): array creations and string concatenations, straight from the front end.
     */
    /** Why a call allocates, for the calls whose allocation the program does not spell out; else null. */
    private static String allocatingCall(String sym) {
        if (sym.startsWith("J:rtgo.runtime.StringConcat.end")) {
            return "string concatenation";
        }
        if (sym.startsWith("J:rtgo.runtime.classlib.java.lang.TInteger.valueOf(I)")) {
            return "boxing (Integer.valueOf outside -128..127)";
        }
        return null;
    }

    static List<String> allocationSites(Program program) {
        List<String> sites = new ArrayList<>();
        for (Func f : program.funcs()) {
            if (f.displayName.startsWith("rtgo.")) {
                continue;
            }
            for (rtgo.ir.Block b : f.blocks) {
                for (rtgo.ir.Insn i : b.insns) {
                    String what = switch (i.op) {
                        case NEWARRAY, NEWMULTI -> "new " + arrayName(i.sym);
                        case NEW -> "new " + rtgo.sym.Symbols.dotted(rtgo.sym.Symbols.jdkName(i.sym));
                        case CALL -> allocatingCall(i.sym);
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

    /**
     * Links into a private directory beside the output, then renames the finished files into place,
     * the .uf2 last: until every step has succeeded nothing is written under the output's names, and
     * a rename that fails takes back the ones before it, so a failed build leaves no partial output.
     */
    private static BuildResult link(BuildOptions options, String asm, int methods,
                                    List<BuildResult.CodeSize> sizes, List<String> allocations) throws BuildException {
        Map<String, Path> targets = outputs(options);
        Path output = targets.get(".uf2");
        Path outDir = output.getParent();
        String base = output.getFileName().toString().replaceFirst("\\.uf2$", "");
        Linker linker = new Linker();
        Path work;
        try {
            Files.createDirectories(outDir);
            work = Files.createTempDirectory(outDir, "." + base + ".rtgo-");
        } catch (IOException e) {
            throw new BuildException("error: cannot write the image into " + outDir + ": " + e.getMessage(), e);
        }
        try {
            Path s = work.resolve(base + ".s");
            LinkResult r;
            try {
                Files.writeString(s, asm);
            } catch (IOException e) {
                throw new BuildException("error: cannot write the image into " + outDir + ": " + e.getMessage(), e);
            }
            try {
                r = linker.link(s, work, base, List.of(), options.stackSize());
            } catch (java.io.UncheckedIOException e) { // the linker's own file work: a full disk, say
                throw new BuildException("error: cannot write the image into " + outDir + ": "
                        + e.getCause().getMessage(), e);
            }
            Map<String, Path> made = Map.of(".elf", r.elf(), ".bin", r.bin(), ".s", s, ".uf2", r.uf2());
            List<Path> placed = new ArrayList<>();
            for (Map.Entry<String, Path> t : targets.entrySet()) {
                try {
                    placed.add(rename(made.get(t.getKey()), t.getValue()));
                } catch (IOException e) {
                    placed.forEach(Rtgo::deleteQuietly);
                    throw new BuildException("error: cannot write " + t.getValue() + ": " + e.getMessage(), e);
                }
            }
            return new BuildResult(output, targets.get(".elf"), targets.get(".bin"), targets.get(".s"),
                    r.flashBytes(), r.ramBytes(), methods, List.copyOf(sizes), List.copyOf(allocations));
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(Rtgo::deleteQuietly);
            } catch (IOException | java.io.UncheckedIOException e) {
                // a leftover hidden working directory is harmless; the outputs are complete or absent
            }
        }
    }

    /**
     * The files a build writes, by extension, the .uf2 last; checked before any work is done, so a
     * wrong -o fails at once: the name must end in .uf2 and none of them may be a directory.
     */
    static Map<String, Path> outputs(BuildOptions options) throws BuildException {
        if (options.output() == null) {
            throw new BuildException("error: no output file given\n  hint: name the .uf2 image to write");
        }
        Path output = options.output().toAbsolutePath().normalize();
        String file = output.getFileName() == null ? "" : output.getFileName().toString();
        if (!file.endsWith(".uf2") || file.length() == ".uf2".length()) {
            throw new BuildException("error: the output '" + options.output() + "' is not a file name ending in .uf2\n"
                    + "  hint: name the image, for example -o app.uf2 (app.elf and app.bin go beside it)");
        }
        String base = file.substring(0, file.length() - ".uf2".length());
        Path outDir = output.getParent();
        Map<String, Path> targets = new LinkedHashMap<>();
        targets.put(".elf", outDir.resolve(base + ".elf"));
        targets.put(".bin", outDir.resolve(base + ".bin"));
        if (options.keepAssembly()) {
            targets.put(".s", outDir.resolve(base + ".s"));
        }
        targets.put(".uf2", output);
        for (Path dir = outDir; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir)) {
                if (!Files.isDirectory(dir)) {
                    throw new BuildException("error: cannot write " + output + ": " + dir + " is not a directory\n"
                            + "  hint: choose another place with -o");
                }
                break;
            }
        }
        for (Path t : targets.values()) {
            if (Files.isDirectory(t)) {
                throw new BuildException("error: cannot write " + t + ": it is a directory\n"
                        + "  hint: choose another name with -o, or move the directory away");
            }
        }
        return targets;
    }

    private static Path rename(Path from, Path to) throws IOException {
        try {
            return Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            return Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // best effort: the caller is already reporting a failure
        }
    }

    /**
     * The main class: as given, else the jar's Main-Class, else the only class with a main method.
     * A given or manifest name must be one of the program's own classes and have the method; the
     * message for each mistake names the classes that could be meant.
     */
    static String mainClass(ClassPath cp, String given) throws BuildException {
        List<String> candidates = new ArrayList<>();
        for (String c : cp.inputClasses()) {
            if (hasMain(cp.find(c))) {
                candidates.add(c.replace('/', '.'));
            }
        }
        String choice = given != null ? given : cp.manifestMain();
        if (choice != null) {
            String origin = given != null ? "the main class '" + choice + "' (--main)"
                    : "the jar's manifest names Main-Class '" + choice + "', but it";
            return checkedMain(cp, choice.strip(), origin, candidates);
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

    private static String checkedMain(ClassPath cp, String name, String origin, List<String> candidates)
            throws BuildException {
        String hint = candidates.isEmpty() ? "\n  hint: no class in the inputs has 'public static void main(String[])'"
                : "\n  hint: classes with a main method: " + String.join(", ", candidates);
        if (!isBinaryName(name)) {
            throw new BuildException("error: " + origin + " is not a class name: give the binary name, "
                    + "such as demo.Blink or demo.Outer$Inner" + hint);
        }
        ClassNode cn = cp.inputClasses().contains(name.replace('.', '/')) ? cp.find(name.replace('.', '/')) : null;
        if (cn == null) {
            throw new BuildException("error: " + origin + " is not among the program's classes" + hint);
        }
        if (!hasMain(cn)) {
            throw new BuildException("error: " + origin + " has no 'public static void main(String[])'" + hint);
        }
        return name;
    }

    private static boolean hasMain(ClassNode cn) {
        if (cn == null) {
            return false;
        }
        for (MethodNode m : cn.methods) {
            if (m.name.equals("main") && m.desc.equals("([Ljava/lang/String;)V")
                    && (m.access & Opcodes.ACC_STATIC) != 0 && (m.access & Opcodes.ACC_PUBLIC) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Java identifiers separated by single dots: what `java` accepts as a class name. */
    static boolean isBinaryName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (String part : name.split("\\.", -1)) {
            if (part.isEmpty() || !Character.isJavaIdentifierStart(part.codePointAt(0))
                    || !part.codePoints().allMatch(Character::isJavaIdentifierPart)) {
                return false;
            }
        }
        return true;
    }
}
