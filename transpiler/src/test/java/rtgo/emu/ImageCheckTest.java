package rtgo.emu;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ImageCheck accepts the three forms of a real image and refuses empty, random, truncated and
 * damaged files with a message naming the file, without starting the emulator.
 */
class ImageCheckTest {
    @TempDir
    static Path dir;
    private static FixtureImages.Image hello;

    @BeforeAll
    static void build() throws IOException {
        hello = FixtureImages.build("hello", dir);
    }

    @Test
    void realImagesPass() {
        assertDoesNotThrow(() -> ImageCheck.check(hello.elf()));
        assertDoesNotThrow(() -> ImageCheck.check(hello.uf2()));
        assertDoesNotThrow(() -> ImageCheck.check(hello.bin()));
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        refused(write("empty.bin", new byte[0]), "is empty");
    }

    @Test
    void randomBytesAreRefusedByTheBoot2Crc() throws IOException {
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        refused(write("random.uf2", random), "boot2");
    }

    @Test
    void truncatedImagesAreRefused() throws IOException {
        for (Path image : new Path[] {hello.elf(), hello.uf2(), hello.bin()}) {
            byte[] all = Files.readAllBytes(image);
            // a raw BIN has no length of its own: cut after boot2 it is a shorter, valid-looking image
            int[] lengths = image.equals(hello.bin()) ? new int[] {3, 40, 200, 255}
                    : new int[] {3, 40, 200, 511, all.length / 2};
            for (int length : lengths) {
                Path cut = write("cut-" + length + "-" + image.getFileName(), Arrays.copyOf(all, length));
                refused(cut, "");
            }
        }
    }

    @Test
    void uf2WithoutALaterBlockIsRefused() throws IOException {
        byte[] all = Files.readAllBytes(hello.uf2());
        refused(write("short.uf2", Arrays.copyOf(all, all.length - 512)), "blocks");
    }

    @Test
    void elfForAnotherMachineIsRefused() throws IOException {
        byte[] all = Files.readAllBytes(hello.elf());
        all[18] = 62; // EM_X86_64
        refused(write("x86.elf", all), "not an ARM ELF");
    }

    private static void refused(Path image, String why) {
        BadImageException e = assertThrows(BadImageException.class, () -> ImageCheck.check(image), image::toString);
        assertTrue(e.getMessage().contains(image.toString()) && e.getMessage().contains(why), e::getMessage);
    }

    private static Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
