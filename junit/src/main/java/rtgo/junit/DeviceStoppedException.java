package rtgo.junit;

/**
 * A test that did not finish on the device, or never started there, because the image stopped:
 * the cycle limit or the timeout passed (a test that hangs), the runtime panicked, or the program
 * exited. The message says which and what the device printed last.
 */
public final class DeviceStoppedException extends RuntimeException {
    public DeviceStoppedException(String message) {
        super(message);
    }
}
