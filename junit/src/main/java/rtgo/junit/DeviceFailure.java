package rtgo.junit;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import org.opentest4j.AssertionFailedError;

/**
 * A throwable as the device reported it: its class name, message, the expected and actual values of
 * an AssertionFailedError, its stack frames as printed ({@code at pkg.Cls.m(File.java:12)}) and its
 * cause.
 *
 * @param expected the expected value's text, or null when the device gave none (likewise actual)
 */
public record DeviceFailure(String className, String message, String expected, String actual,
                            List<String> frames, DeviceFailure cause) {

    public DeviceFailure {
        frames = List.copyOf(frames);
    }

    /**
     * The host throwable that stands for this one, with the device's frames as its stack trace: an
     * AssertionFailedError (with the values, for an IDE's comparison), else an instance of the same
     * class when the host has it with a (String) constructor, else a {@link DeviceException} that
     * prints as the device's class.
     */
    public Throwable toThrowable() {
        Throwable t;
        if (className.equals(AssertionFailedError.class.getName())) {
            t = expected != null ? new AssertionFailedError(message, expected, actual) : new AssertionFailedError(message);
        } else {
            t = sameClass();
        }
        if (cause != null && t.getCause() == null) {
            try {
                t.initCause(cause.toThrowable());
            } catch (IllegalStateException | IllegalArgumentException e) {
                // a class that fixes its cause: the device's message still says what happened
            }
        }
        t.setStackTrace(stackTrace());
        return t;
    }

    private Throwable sameClass() {
        try {
            Class<?> c = Class.forName(className, false, DeviceFailure.class.getClassLoader());
            if (Throwable.class.isAssignableFrom(c)) {
                Constructor<?> k = c.getConstructor(String.class);
                return (Throwable) k.newInstance(message);
            }
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            // not on the host, or no (String) constructor: the stand-in below
        }
        return new DeviceException(className, message);
    }

    /** The frames as StackTraceElements, without the generated runner's. */
    StackTraceElement[] stackTrace() {
        List<StackTraceElement> out = new ArrayList<>();
        for (String f : frames) {
            StackTraceElement e = parseFrame(f);
            if (e != null && !e.getClassName().endsWith(RunnerClass.SUFFIX)) {
                out.add(e);
            }
        }
        return out.toArray(StackTraceElement[]::new);
    }

    /** {@code at pkg.Cls.m(File.java:12)}, {@code (File.java)} or {@code (Unknown Source)}; null if not a frame. */
    static StackTraceElement parseFrame(String line) {
        String s = line.strip();
        if (!s.startsWith("at ") || !s.endsWith(")") || s.indexOf('(') < 0) {
            return null;
        }
        int open = s.indexOf('(');
        String method = s.substring(3, open);
        int dot = method.lastIndexOf('.');
        if (dot <= 0) {
            return null;
        }
        String where = s.substring(open + 1, s.length() - 1);
        String file = null;
        int line1 = -1;
        if (!where.equals("Unknown Source")) {
            int colon = where.lastIndexOf(':');
            file = colon < 0 ? where : where.substring(0, colon);
            if (colon >= 0) {
                try {
                    line1 = Integer.parseInt(where.substring(colon + 1));
                } catch (NumberFormatException e) {
                    file = where;
                }
            }
        }
        return new StackTraceElement(method.substring(0, dot), method.substring(dot + 1), file, line1);
    }
}
