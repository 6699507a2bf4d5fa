package rtgo.driver;

import java.nio.file.Path;
import java.util.List;

/**
 * What to build and how: the single input the CLI, the Maven plugin and the tests give the tool API.
 *
 * @param inputs       jars and/or class directories holding the program (closed world)
 * @param mainClass    binary name of the class whose {@code main(String[])} runs, or null to take
 *                     Main-Class from the first jar's manifest (or the only class with a main)
 * @param output       the .uf2 to write; the .elf, .bin (and, with keepAssembly, .s) go beside it
 * @param keepAssembly keep the generated GNU assembler source next to the image
 * @param dumpIr       print the IR after this pass ("all" for every pass), or null
 * @param methodFilter only dump methods whose "Class.method" contains this text, or null
 * @param verifyIr     run the IR verifier after every pass
 */
public record BuildOptions(List<Path> inputs, String mainClass, Path output, boolean keepAssembly,
                           String dumpIr, String methodFilter, boolean verifyIr) {
    public BuildOptions {
        inputs = List.copyOf(inputs);
    }

    /** Plain options: the given inputs and output, main class from the manifest or search. */
    public static BuildOptions of(List<Path> inputs, Path output) {
        return new BuildOptions(inputs, null, output, false, null, null, false);
    }

    public BuildOptions withMainClass(String c) {
        return new BuildOptions(inputs, c, output, keepAssembly, dumpIr, methodFilter, verifyIr);
    }

    public BuildOptions withKeepAssembly(boolean k) {
        return new BuildOptions(inputs, mainClass, output, k, dumpIr, methodFilter, verifyIr);
    }

    public BuildOptions withDumpIr(String pass, String filter) {
        return new BuildOptions(inputs, mainClass, output, keepAssembly, pass, filter, verifyIr);
    }

    public BuildOptions withVerifyIr(boolean v) {
        return new BuildOptions(inputs, mainClass, output, keepAssembly, dumpIr, methodFilter, v);
    }
}
