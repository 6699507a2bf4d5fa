package rtgo.cli;

import java.nio.file.Path;
import java.util.List;
import rtgo.driver.BuildReport;
import rtgo.driver.BuildResult;

/**
 * How the CLI shows results to a person: paths relative to where they stand; the size report itself
 * is the tool API's ({@link BuildReport}), shared with the Maven plugin.
 */
final class Report {
    private Report() {}

    /** {@code p} relative to the current directory when it is below it, else as given. */
    static String path(Path p) {
        Path here = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(here) && !abs.equals(here) ? here.relativize(abs).toString() : p.toString();
    }

    /** The lines `rtgo build` prints: what was written, then the size report. */
    static List<String> build(BuildResult r) {
        return BuildReport.summary(r, Report::path);
    }
}
