package rtgo.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import rtgo.diag.BuildException;
import rtgo.driver.BuildOptions;
import rtgo.driver.BuildReport;
import rtgo.driver.BuildResult;
import rtgo.driver.Rtgo;
import rtgo.emu.RtgoHome;

/**
 * What every rtgo goal shares: the build parameters (each with an {@code rtgo.*} user property, the
 * names of the CLI's options) and the one build through the tool API {@link Rtgo#build}, with its
 * size report in the Maven log.
 *
 * <p>Design note. The plugin is a thin front end, like the CLI: it turns the project into a
 * {@link BuildOptions} (inputs: the project's classes and its compile and runtime dependencies) and
 * words the result with {@link BuildReport}; every check of a value (stack size, collector, filter)
 * is the tool API's, so the CLI and the plugin accept and refuse the same things with the same
 * words. A build error of the program (rtgo's message names class, method and source line) is a
 * {@link MojoFailureException}, "the project is wrong", which Maven prints without a stack trace;
 * a problem of the set-up (no classes compiled, no emulator) is a {@link MojoExecutionException}.
 */
abstract class AbstractRtgoMojo extends AbstractMojo {
    /**
     * rtgo's device-side modules: the transpiler ships their classfiles and compiles what the program
     * reaches, so a project's dependency on them (to compile against, best with scope provided) is
     * not an input of the build.
     */
    static final Set<String> BUILT_IN = Set.of("rtgo-vm", "rtgo-hal", "rtgo-api", "rtgo-runtime");

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** The class whose {@code main(String[])} runs; default: the only class with a main method. */
    @Parameter(property = "rtgo.mainClass")
    String mainClass;

    /** Where the image goes. */
    @Parameter(property = "rtgo.outputDirectory", defaultValue = "${project.build.directory}", required = true)
    File outputDirectory;

    /** The image's name without extension: {@code <imageName>.uf2}, {@code .elf} and {@code .bin}. */
    @Parameter(property = "rtgo.imageName", defaultValue = "${project.artifactId}", required = true)
    String imageName;

    /** Bytes of RAM for the main stack (a K suffix means KiB: 16K); default as the CLI's --stack-size. */
    @Parameter(property = "rtgo.stackSize")
    String stackSize;

    /** The collector: marksweep, or none (every allocation after start-up is a build error). */
    @Parameter(property = "rtgo.gc", defaultValue = "marksweep")
    String gc;

    /**
     * List where the program allocates on the heap, in the methods whose Class.method name matches
     * this regular expression; {@code true} (what a bare {@code -Drtgo.printAllocs} gives) lists all.
     */
    @Parameter(property = "rtgo.printAllocs")
    String printAllocs;

    /** List the largest methods and the flash their code takes. */
    @Parameter(property = "rtgo.printSizes", defaultValue = "false")
    boolean printSizes;

    /** Keep the generated assembly ({@code <imageName>.s}) beside the image. */
    @Parameter(property = "rtgo.keepAsm", defaultValue = "false")
    boolean keepAsm;

    /** Run {@code assert} statements (the JVM's -ea). */
    @Parameter(property = "rtgo.enableAssertions", defaultValue = "false")
    boolean enableAssertions;

    /** How calls are inlined: {@code on}, {@code off} (every call as written), {@code keep} (inline, keep each method). */
    @Parameter(property = "rtgo.inline", defaultValue = "on")
    String inline = "on";

    /** Check the compiler's IR after every pass (slower; for compiler bugs). */
    @Parameter(property = "rtgo.verifyIr", defaultValue = "false")
    boolean verifyIr;

    /** Print the compiler's IR after this pass, or after every pass with {@code all}. */
    @Parameter(property = "rtgo.dumpIr")
    String dumpIr;

    /** With dumpIr or debugRegAlloc: only methods whose Class.method name contains this text. */
    @Parameter(property = "rtgo.methodFilter")
    String methodFilter;

    /** Print the register allocator's decisions (for compiler bugs). */
    @Parameter(property = "rtgo.debugRegAlloc", defaultValue = "false")
    boolean debugRegAlloc;

    /**
     * The rtgo repository (its ci/emu runs the emulator). Default: -Drtgo.home, RTGO_HOME, a clone
     * around the project, else the clone this plugin was built from.
     */
    @Parameter(property = "rtgo.home")
    File rtgoHome;

    /** Skip this goal. */
    @Parameter(property = "rtgo.skip", defaultValue = "false")
    boolean skip;

    /** Runs the goal unless {@link #skip} is set. */
    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("rtgo: skipped (rtgo.skip)");
            return;
        }
        executeGoal();
    }

    /** What the goal does. */
    abstract void executeGoal() throws MojoExecutionException, MojoFailureException;

    /** The options of this build, every value checked by the tool API. */
    BuildOptions buildOptions() throws MojoExecutionException, MojoFailureException {
        List<Path> inputs = inputs();
        Path uf2 = outputDirectory.toPath().resolve(imageName + ".uf2");
        boolean noGc;
        try {
            noGc = BuildOptions.noGc(gc);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(badValue("rtgo.gc", gc, e.getMessage()));
        }
        int stack = BuildOptions.of(inputs, uf2).stackSize();
        if (stackSize != null && !stackSize.isBlank()) {
            try {
                stack = BuildOptions.parseStackSize(stackSize);
            } catch (IllegalArgumentException e) {
                throw new MojoFailureException("rtgo.stackSize: " + e.getMessage());
            }
        }
        String filter = allocationFilter();
        if (filter != null) {
            String problem = BuildReport.checkAllocationFilter(filter);
            if (problem != null) {
                throw new MojoFailureException(badValue("rtgo.printAllocs", filter, problem));
            }
        }
        if (dumpIr != null && !Rtgo.dumpIrSteps().contains(dumpIr)) {
            throw new MojoFailureException(badValue("rtgo.dumpIr", dumpIr, "names no step of the compiler: choose one of "
                    + String.join(", ", Rtgo.dumpIrSteps())));
        }
        String badInline = BuildOptions.checkInline(inline);
        if (badInline != null) {
            throw new MojoFailureException(badValue("rtgo.inline", inline, badInline));
        }
        return BuildOptions.of(inputs, uf2)
                .withMainClass(mainClass == null || mainClass.isBlank() ? null : mainClass.strip())
                .withKeepAssembly(keepAsm)
                .withDumpIr(dumpIr, methodFilter)
                .withVerifyIr(verifyIr)
                .withDebugRegAlloc(debugRegAlloc)
                .withStackSize(stack)
                .withNoGc(noGc)
                .withAssertions(enableAssertions)
                .withInline(inline);
    }

    private static String badValue(String property, String value, String problem) {
        return property + "=" + value + " " + problem;
    }

    /** The printAllocs regular expression, or null when not asked for; a bare property means all. */
    String allocationFilter() {
        if (printAllocs == null) {
            return null;
        }
        return printAllocs.isBlank() || printAllocs.equals("true") ? ".*" : printAllocs;
    }

    /**
     * The program: the project's compiled classes, then its compile and runtime dependencies, less
     * rtgo's own device-side modules ({@link #BUILT_IN}).
     */
    List<Path> inputs() throws MojoExecutionException {
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        if (!Files.isDirectory(classes)) {
            throw new MojoExecutionException("rtgo: " + classes + " does not exist: there are no compiled classes"
                    + " to build\n  hint: run the goal after compile, e.g. mvn package, or mvn compile rtgo:run");
        }
        List<Path> inputs = new ArrayList<>();
        inputs.add(classes);
        for (Artifact a : project.getArtifacts()) {
            if (!a.getArtifactHandler().isAddedToClasspath() || a.getFile() == null) {
                continue;
            }
            String scope = a.getScope();
            if (!Artifact.SCOPE_COMPILE.equals(scope) && !Artifact.SCOPE_RUNTIME.equals(scope)) {
                continue;
            }
            if ("dev.rtgo".equals(a.getGroupId()) && BUILT_IN.contains(a.getArtifactId())) {
                getLog().debug("rtgo: " + a + " is built into rtgo, not an input");
                continue;
            }
            inputs.add(a.getFile().toPath());
        }
        return inputs;
    }

    /** Builds with the tool API and logs what was written and the sizes. */
    BuildResult build(BuildOptions options) throws MojoFailureException {
        BuildResult result;
        try {
            result = Rtgo.build(options);
        } catch (BuildException e) {
            throw new MojoFailureException("rtgo could not build " + project.getArtifactId() + ":\n" + e.getMessage(), e);
        }
        BuildReport.summary(result, this::shown).forEach(getLog()::info);
        if (printSizes) {
            BuildReport.largestMethods(result).forEach(getLog()::info);
        }
        String filter = allocationFilter();
        if (filter != null) {
            BuildReport.allocations(result, filter).forEach(getLog()::info);
        }
        return result;
    }

    /** The rtgo repository, for the emulator: the parameter when given, else {@link RtgoHome#find()}. */
    Path home() throws MojoExecutionException {
        try {
            return rtgoHome != null ? RtgoHome.at(rtgoHome.toPath(), "the parameter rtgoHome (rtgo.home)")
                    : RtgoHome.find();
        } catch (IllegalStateException e) {
            throw new MojoExecutionException("rtgo: " + e.getMessage()
                    + "\n  hint: the README's set-up (clone rtgo, run ci/setup, then mvn install) makes one", e);
        }
    }

    /** A path relative to the project directory when it is inside it. */
    String shown(Path p) {
        Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(base) && !abs.equals(base) ? base.relativize(abs).toString() : p.toString();
    }
}
