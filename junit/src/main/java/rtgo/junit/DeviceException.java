package rtgo.junit;

/**
 * Stands on the host for an exception the device threw whose class the host cannot make: it prints
 * as the device's class ({@code com.example.SensorError: no reply}) with the device's frames.
 */
public final class DeviceException extends RuntimeException {
    private final String deviceClass;

    public DeviceException(String deviceClass, String message) {
        super(message);
        this.deviceClass = deviceClass;
    }

    /** The binary name of the class the device threw. */
    public String deviceClass() {
        return deviceClass;
    }

    @Override
    public String toString() {
        String m = getLocalizedMessage();
        return m != null ? deviceClass + ": " + m : deviceClass;
    }
}
