package rtgo.flash;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Puts a UF2 image on a Raspberry Pi Pico: the one entry point the CLI ({@code rtgo flash}) and the
 * Maven plugin's {@code flash} goal share.
 *
 * <p>Three ways, tried in this order:
 * <ol>
 *   <li>a mounted RPI-RP2 drive ({@link BootDrive}): copy the file onto it. Works everywhere the
 *       system mounts the drive, needs no permissions beyond writing to it;</li>
 *   <li>picotool on the PATH ({@link Picotool}): {@code picotool load -x};</li>
 *   <li>rtgo's own PICOBOOT loader ({@link PicobootSession}) through the USB back end found with
 *       ServiceLoader ({@link PicobootUsb}, module usb over java-does-usb), when the JVM is 22 or
 *       newer (java-does-usb is built on the FFM API, final in Java 22).</li>
 * </ol>
 * The file is checked ({@link Uf2File}) before any of them, so a bad file never reaches a board.
 * When nothing is found the message lists what was looked for and how to put the board in BOOTSEL
 * mode.
 *
 * <p>Design note. Copying to the drive comes first because it is what the bootrom is built for and
 * what users already know; picotool next because it is the vendor's tool; the built-in loader last,
 * so a board in BOOTSEL mode without a mounted drive (a headless machine, a container with the USB
 * device passed through) can still be flashed with nothing but rtgo.
 */
public final class Flasher {

    /** How an image got onto the board. */
    public enum Method { DRIVE, PICOTOOL, PICOBOOT }

    /** What {@link #flash} did: the method, and where (a drive, picotool's path, a USB device). */
    public record Result(Method method, String where) {}

    /** The first Java release that can load the USB back end. */
    public static final int USB_MIN_JAVA = 22;

    private final List<Path> driveRoots;
    private final String path;
    private final Supplier<Optional<PicobootUsb>> usb;
    private final int javaFeature;

    /** A flasher with explicit surroundings (tests use this); {@link #flash(Path, Consumer)} uses the system's. */
    public Flasher(List<Path> driveRoots, String path, Supplier<Optional<PicobootUsb>> usb, int javaFeature) {
        this.driveRoots = List.copyOf(driveRoots);
        this.path = path;
        this.usb = usb;
        this.javaFeature = javaFeature;
    }

    /** The flasher for this machine: its mount roots, its PATH, the USB back end on the class path. */
    public static Flasher system() {
        return new Flasher(BootDrive.defaultRoots(System.getProperty("user.name")), System.getenv("PATH"),
                Flasher::loadUsb, Runtime.version().feature());
    }

    /** Flashes {@code uf2} onto a connected board, saying what it does through {@code log}. */
    public static Result flash(Path uf2, Consumer<String> log) throws FlashException {
        return system().flashImage(uf2, log);
    }

    /** Flashes {@code uf2} with this flasher's surroundings. */
    public Result flashImage(Path uf2, Consumer<String> log) throws FlashException {
        Uf2File file = Uf2File.read(uf2);
        FlashPlan plan = FlashPlan.of(file);
        Optional<Path> drive = BootDrive.find(driveRoots);
        if (drive.isPresent()) {
            log.accept("copying " + uf2.getFileName() + " onto " + drive.get() + " (RPI-RP2)");
            BootDrive.copy(uf2, drive.get());
            return new Result(Method.DRIVE, drive.get().toString());
        }
        Optional<Path> picotool = Picotool.find(path);
        if (picotool.isPresent()) {
            Picotool.load(picotool.get(), uf2, log);
            return new Result(Method.PICOTOOL, picotool.get().toString());
        }
        String usbNote;
        if (javaFeature < USB_MIN_JAVA) {
            usbNote = "rtgo's own USB loader needs Java " + USB_MIN_JAVA + " or newer, and this is Java "
                    + javaFeature + " (run rtgo with a newer JDK, or install picotool)";
        } else {
            Optional<PicobootUsb> backend = usb.get();
            if (backend.isEmpty()) {
                usbNote = "rtgo's own USB loader is not on the class path (module rtgo-usb)";
            } else {
                Optional<PicobootLink> link = backend.get().open();
                if (link.isPresent()) {
                    log.accept(String.format(java.util.Locale.ROOT,
                            "loading over USB (PICOBOOT): erasing %d sectors, writing %,d bytes",
                            plan.sectors().size(), plan.bytes()));
                    try (PicobootLink l = link.get()) {
                        new PicobootSession(l).program(plan, log);
                    } catch (java.io.IOException e) {
                        log.accept("closing the USB device: " + e.getMessage());
                    }
                    return new Result(Method.PICOBOOT, String.format("USB %04x:%04x",
                            Picoboot.VENDOR_ID, Picoboot.PRODUCT_ID_RP2040_BOOT));
                }
                usbNote = String.format("no USB device %04x:%04x (an RP2040 in BOOTSEL mode)",
                        Picoboot.VENDOR_ID, Picoboot.PRODUCT_ID_RP2040_BOOT);
            }
        }
        throw new FlashException("no Pico in BOOTSEL mode found. Looked for:\n"
                + "  - a mounted RPI-RP2 drive (a directory with " + BootDrive.INFO_FILE + ") in or under "
                + String.join(", ", driveRoots.stream().map(Path::toString).toList()) + ": none\n"
                + "  - picotool on the PATH: not there\n"
                + "  - " + usbNote + "\n"
                + "hint: hold the BOOTSEL button while plugging the Pico in (or while pressing RUN), "
                + "then run this again");
    }

    /** The USB back end from the class path, if there is one. Only called on Java 22 or newer. */
    static Optional<PicobootUsb> loadUsb() {
        try {
            Iterator<PicobootUsb> it = ServiceLoader.load(PicobootUsb.class, Flasher.class.getClassLoader()).iterator();
            return it.hasNext() ? Optional.of(it.next()) : Optional.empty();
        } catch (ServiceConfigurationError | LinkageError e) {
            return Optional.empty();
        }
    }
}
