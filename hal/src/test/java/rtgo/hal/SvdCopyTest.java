package rtgo.hal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The repository keeps an unchanged copy of the shared RP2040.svd so a clean clone builds alone;
 * where the shared original sits next to the repository, the two must be identical byte for byte.
 */
class SvdCopyTest {
    @Test
    void vendoredSvdIsTheSharedOriginal() throws Exception {
        Path copy = Path.of("src/svd/RP2040.svd");
        Path shared = Path.of("../../shared/data/RP2040.svd");
        assumeTrue(Files.isRegularFile(shared), "no shared SVD next to the repository");
        assertArrayEquals(Files.readAllBytes(shared), Files.readAllBytes(copy),
                "hal/src/svd/RP2040.svd differs from ../shared/data/RP2040.svd: copy it again; put fixes in svd-patch.txt");
    }
}
