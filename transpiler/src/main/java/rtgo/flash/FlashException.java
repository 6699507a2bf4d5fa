package rtgo.flash;

/**
 * Flashing could not be done; the message is written for the user: what was tried, what was found
 * and what to do next (hold BOOTSEL, install a udev rule, use a newer Java...).
 */
public class FlashException extends Exception {
    public FlashException(String message) {
        super(message);
    }

    public FlashException(String message, Throwable cause) {
        super(message, cause);
    }
}
