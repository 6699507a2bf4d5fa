package rtgo.runtime.classlib.java.lang;

/**
 * java.lang.NoSuchFieldError (whole-class substitute): never thrown on the device (the closed
 * world resolves every field at build time), but javac's switch-on-enum tables catch it.
 */
public class TNoSuchFieldError extends TIncompatibleClassChangeError {
    public TNoSuchFieldError() {
        super();
    }

    public TNoSuchFieldError(String message) {
        super(message);
    }
}
