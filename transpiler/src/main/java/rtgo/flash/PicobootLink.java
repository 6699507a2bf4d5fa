package rtgo.flash;

import java.io.IOException;

/**
 * One open, claimed PICOBOOT interface: the three kinds of transfer the protocol uses. The USB
 * library behind it is elsewhere (module usb, loaded only on a JVM that can run it); tests drive
 * {@link PicobootSession} with a fake.
 */
public interface PicobootLink extends AutoCloseable {
    /** Sends {@code data} (possibly empty: a zero-length packet) on the bulk OUT endpoint. */
    void bulkOut(byte[] data) throws IOException;

    /** Receives up to {@code length} bytes (0: a zero-length packet) from the bulk IN endpoint. */
    byte[] bulkIn(int length) throws IOException;

    /** A vendor control request to the interface without data (INTERFACE_RESET). */
    void controlOut(int request) throws IOException;

    /** A vendor control request to the interface returning {@code length} bytes (GET_COMMAND_STATUS). */
    byte[] controlIn(int request, int length) throws IOException;

    @Override
    void close() throws IOException;
}
