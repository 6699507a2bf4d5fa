package rtgo.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code rtgo:build}, bound to {@code package}: the project's classes and runtime dependencies
 * become {@code target/<artifactId>.uf2} (with {@code .elf} and {@code .bin} beside it), and the
 * size report goes to the log, as {@code rtgo build} prints it.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
public final class BuildMojo extends AbstractRtgoMojo {
    @Override
    void executeGoal() throws MojoExecutionException, MojoFailureException {
        build(buildOptions());
    }
}
