package rtgo.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rtgo.driver.BuildOptions;

/**
 * How the plugin turns a project and its parameters into the tool API's BuildOptions, without
 * running Maven: which dependencies are inputs, and that a bad value fails with the property's name
 * and the tool API's reason (the integration tests in src/it run the goals for real).
 */
class BuildParametersTest {
    @TempDir
    Path tmp;

    @Test
    void inputsAreTheClassesThenCompileAndRuntimeDependenciesWithoutRtgosOwnModules() throws Exception {
        BuildMojo mojo = mojo();
        Path lib = jar("lib.jar");
        Path hal = jar("rtgo-hal.jar");
        Path junit = jar("junit.jar");
        Path servlet = jar("provided.jar");
        mojo.project.setArtifacts(new LinkedHashSet<>(List.of(
                artifact("com.example", "lib", Artifact.SCOPE_RUNTIME, lib),
                artifact("dev.rtgo", "rtgo-hal", Artifact.SCOPE_COMPILE, hal),
                artifact("org.junit", "junit", Artifact.SCOPE_TEST, junit),
                artifact("javax", "provided", Artifact.SCOPE_PROVIDED, servlet))));
        BuildOptions o = mojo.buildOptions();
        assertEquals(List.of(tmp.resolve("classes"), lib), o.inputs());
        assertEquals(tmp.resolve("target/app.uf2"), o.output());
        assertNull(o.mainClass());
    }

    @Test
    void parametersReachTheBuildOptions() throws Exception {
        BuildMojo mojo = mojo();
        mojo.mainClass = " demo.Main ";
        mojo.stackSize = "16K";
        mojo.gc = "none";
        mojo.enableAssertions = true;
        mojo.keepAsm = true;
        assertEquals("on", mojo.buildOptions().inline());
        mojo.inline = "off";
        BuildOptions o = mojo.buildOptions();
        assertEquals("off", o.inline());
        assertEquals("demo.Main", o.mainClass());
        assertEquals(16 * 1024, o.stackSize());
        assertTrue(o.noGc() && o.assertions() && o.keepAssembly());
    }

    @Test
    void aBarePrintAllocsPropertyMeansEveryMethod() throws Exception {
        BuildMojo mojo = mojo();
        mojo.printAllocs = "true";
        assertEquals(".*", mojo.allocationFilter());
        mojo.printAllocs = "Main\\.loop";
        assertEquals("Main\\.loop", mojo.allocationFilter());
    }

    @Test
    void badValuesFailWithThePropertyAndTheReason() throws Exception {
        BuildMojo mojo = mojo();
        mojo.inline = "always";
        var inline = assertThrows(MojoFailureException.class, mojo::buildOptions);
        assertTrue(inline.getMessage().contains("rtgo.inline"), inline::getMessage);
        mojo.inline = "on";
        mojo.gc = "copying";
        var gc = assertThrows(MojoFailureException.class, mojo::buildOptions);
        assertEquals("rtgo.gc=copying is not a collector: choose marksweep or none", gc.getMessage());

        mojo = mojo();
        mojo.stackSize = "12x";
        var stack = assertThrows(MojoFailureException.class, mojo::buildOptions);
        assertTrue(stack.getMessage().startsWith("rtgo.stackSize: '12x' is not a number of bytes"), stack.getMessage());

        mojo = mojo();
        mojo.printAllocs = "(";
        var filter = assertThrows(MojoFailureException.class, mojo::buildOptions);
        assertTrue(filter.getMessage().startsWith("rtgo.printAllocs=( is not a regular expression"), filter.getMessage());

        mojo = mojo();
        mojo.dumpIr = "nonsense";
        var dump = assertThrows(MojoFailureException.class, mojo::buildOptions);
        assertTrue(dump.getMessage().contains("names no step of the compiler"), dump.getMessage());
    }

    @Test
    void noCompiledClassesIsASetUpErrorThatSaysToCompileFirst() throws Exception {
        BuildMojo mojo = mojo();
        Files.delete(tmp.resolve("classes"));
        var e = assertThrows(MojoExecutionException.class, mojo::buildOptions);
        assertTrue(e.getMessage().contains("no compiled classes"), e.getMessage());
    }

    @Test
    void skipSkipsBeforeAnythingIsChecked() throws Exception {
        BuildMojo mojo = mojo();
        Files.delete(tmp.resolve("classes"));
        mojo.skip = true;
        mojo.execute();
        assertTrue(Files.notExists(tmp.resolve("target")));
    }

    @Test
    void aWrongRtgoHomeNamesTheParameter() throws Exception {
        BuildMojo mojo = mojo();
        mojo.rtgoHome = tmp.toFile();
        var e = assertThrows(MojoExecutionException.class, mojo::home);
        assertTrue(e.getMessage().contains("rtgoHome (rtgo.home)") && e.getMessage().contains("ci/setup"), e.getMessage());
    }

    /** A build mojo as Maven would configure it by default, over a project in tmp named app. */
    private BuildMojo mojo() throws Exception {
        Files.createDirectories(tmp.resolve("classes"));
        Model model = new Model();
        model.setGroupId("com.example");
        model.setArtifactId("app");
        model.setVersion("1");
        Build build = new Build();
        build.setOutputDirectory(tmp.resolve("classes").toString());
        build.setDirectory(tmp.resolve("target").toString());
        model.setBuild(build);
        MavenProject project = new MavenProject(model);
        project.setFile(tmp.resolve("pom.xml").toFile());
        project.setArtifacts(Set.of());
        BuildMojo mojo = new BuildMojo();
        mojo.project = project;
        mojo.outputDirectory = new File(build.getDirectory());
        mojo.imageName = "app";
        mojo.gc = "marksweep";
        return mojo;
    }

    private Path jar(String name) throws Exception {
        return Files.write(tmp.resolve(name), new byte[0]);
    }

    private static Artifact artifact(String group, String id, String scope, Path file) {
        DefaultArtifactHandler jar = new DefaultArtifactHandler("jar");
        jar.setAddedToClasspath(true); // as Maven's own handler for jars
        DefaultArtifact a = new DefaultArtifact(group, id, "1", scope, "jar", null, jar);
        a.setFile(file.toFile());
        return a;
    }
}
