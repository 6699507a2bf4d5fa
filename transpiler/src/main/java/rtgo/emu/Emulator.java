package rtgo.emu;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Runs a built image on an emulated RP2040. rp2040js is the implementation here; the interface keeps
 * room for others (Renode) where they can be installed.
 */
public interface Emulator {
    /**
     * Boots {@code image} (.elf, .uf2 or .bin) as the bootrom would and runs it until it exits, hits
     * a limit, or the emulator reports something it could not emulate.
     */
    RunResult run(Path image, RunOptions options) throws IOException;
}
