package rtgo.flash;

import java.util.Optional;

/**
 * A USB back end that can open a board's PICOBOOT interface. The implementation (module usb, over
 * java-does-usb, which needs the FFM API of Java 22) is found with {@link java.util.ServiceLoader}
 * by {@link Flasher}, and only on a JVM that can load it.
 */
public interface PicobootUsb {
    /**
     * Opens and claims the PICOBOOT interface of the first RP2040 in BOOTSEL mode, or empty when
     * none is connected; a board that is there but cannot be opened (permissions, another program
     * holding it) is a FlashException saying so.
     */
    Optional<PicobootLink> open() throws FlashException;
}
