package rtgo.flash;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The RP2040 bootrom's USB drive (volume label RPI-RP2) when the operating system has mounted it: a
 * directory whose INFO_UF2.TXT says "Board-ID: RPI-RP2". Copying a UF2 file onto it flashes the
 * board, which then reboots and the drive goes away.
 *
 * <p>Design note. Mount points differ by system and desktop: udisks mounts under /media/$USER or
 * /run/media/$USER, older set-ups and people under /media and /mnt, macOS under /Volumes, Windows
 * gives a drive letter. Rather than asking the system (lsblk, diskutil, WMI...), every directory one
 * level below those roots (and each root itself, for a drive mounted right there) is checked for the
 * bootrom's INFO_UF2.TXT: cheap, the same on every system, and it names the board, not a guess from a
 * volume label.
 */
public final class BootDrive {
    /** The file the bootrom's drive holds, and the line that marks an RP2040 (datasheet 2.8.4.1). */
    public static final String INFO_FILE = "INFO_UF2.TXT";
    public static final String BOARD_ID = "Board-ID: RPI-RP2";

    private BootDrive() {}

    /** Where mounted drives appear on this system, for {@code user} (may be null). */
    public static List<Path> defaultRoots(String user) {
        List<Path> roots = new ArrayList<>();
        if (user != null && !user.isEmpty()) {
            roots.add(Path.of("/media", user));
            roots.add(Path.of("/run/media", user));
        }
        roots.add(Path.of("/media"));
        roots.add(Path.of("/mnt"));
        roots.add(Path.of("/Volumes"));
        if (File.separatorChar == '\\') {
            for (File r : File.listRoots()) {
                roots.add(r.toPath());
            }
        }
        return roots;
    }

    /** The first RPI-RP2 drive found under {@code roots} (each root itself, then its subdirectories). */
    public static Optional<Path> find(List<Path> roots) {
        for (Path root : roots) {
            if (isBootDrive(root)) {
                return Optional.of(root);
            }
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
                for (Path d : dirs) {
                    if (isBootDrive(d)) {
                        return Optional.of(d);
                    }
                }
            } catch (IOException | SecurityException e) {
                // an unreadable root holds no drive we could write to either
            }
        }
        return Optional.empty();
    }

    /** Whether {@code dir} holds an INFO_UF2.TXT that names an RP2040 board. */
    public static boolean isBootDrive(Path dir) {
        Path info = dir.resolve(INFO_FILE);
        try {
            return Files.isRegularFile(info) && Files.readString(info, StandardCharsets.ISO_8859_1).contains(BOARD_ID);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /**
     * Copies {@code uf2} onto the drive. The bootrom starts writing flash as blocks arrive and
     * reboots after the last one, so the drive may vanish while the copy is being closed; that is
     * success when every byte was written.
     */
    public static void copy(Path uf2, Path drive) throws FlashException {
        Path target = drive.resolve(uf2.getFileName().toString());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(uf2);
        } catch (IOException e) {
            throw new FlashException("cannot read '" + uf2 + "': " + e.getMessage(), e);
        }
        int written = 0;
        try (var out = Files.newOutputStream(target)) {
            out.write(bytes);
            written = bytes.length;
            out.flush();
        } catch (IOException e) {
            if (written == bytes.length && !isBootDrive(drive)) {
                return; // the board took it all and rebooted before the file was closed
            }
            throw new FlashException("copying onto " + drive + " failed: " + e.getMessage(), e);
        }
    }
}
