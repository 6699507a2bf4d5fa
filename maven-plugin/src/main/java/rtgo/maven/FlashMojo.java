package rtgo.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import rtgo.driver.BuildResult;
import rtgo.flash.FlashException;
import rtgo.flash.Flasher;

/**
 * {@code rtgo:flash}: compiles the project (a forked {@code compile}), builds the image as
 * {@code rtgo:build} does and puts it on a Pico connected in BOOTSEL mode, the way {@code rtgo flash}
 * does ({@link Flasher}): onto a mounted RPI-RP2 drive, else with picotool, else over USB with
 * rtgo's own PICOBOOT loader. Without a board the build fails with what was looked for.
 */
@Mojo(name = "flash", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public final class FlashMojo extends AbstractRtgoMojo {
    @Override
    void executeGoal() throws MojoExecutionException, MojoFailureException {
        BuildResult image = build(buildOptions());
        Flasher.Result r;
        try {
            r = Flasher.flash(image.uf2(), line -> getLog().info("rtgo: " + line));
        } catch (FlashException e) {
            throw new MojoFailureException("rtgo: " + e.getMessage(), e);
        }
        getLog().info("rtgo: flashed " + shown(image.uf2()) + " (" + switch (r.method()) {
            case DRIVE -> "copied onto " + r.where();
            case PICOTOOL -> "with " + r.where();
            case PICOBOOT -> "over " + r.where();
        } + "); the board restarts into it");
    }
}
