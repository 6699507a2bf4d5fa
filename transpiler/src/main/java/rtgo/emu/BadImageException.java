package rtgo.emu;

import java.io.IOException;

/**
 * The image given to the emulator is not something an RP2040 could boot: empty, cut short, not an
 * ELF, UF2 or flash image for the RP2040, or without a valid boot2 block. It is the user's input
 * that is wrong, not the emulator's set-up; the message names the file and says what is wrong.
 */
public final class BadImageException extends IOException {
    public BadImageException(String message) {
        super(message);
    }
}
