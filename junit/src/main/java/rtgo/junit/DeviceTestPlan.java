package rtgo.junit;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the device runs for one test class, in order: the lifecycle methods of each kind and the
 * test methods, each a no-argument method named by its declaring class.
 *
 * <p>Design note. The plan is made by reflection on the host, matching Jupiter's annotations by
 * name, so that a caller with the test class in another class loader (the Maven plugin) can make
 * it too. {@link #of} orders methods as Jupiter does by default: superclasses first, and within a
 * class by the hash of the method's name, then by its signature (Jupiter's "deterministic but
 * intentionally nonobvious" order); after-methods run subclass first. The Jupiter extension
 * replaces the test order by the one Jupiter itself computed ({@link #withTests}), so that a
 * {@code @TestMethodOrder} or a filter is honoured exactly.
 *
 * @param testClass  the binary name of the test class ({@code pkg.Outer$Inner})
 * @param perClass   one instance for the whole class ({@code @TestInstance(PER_CLASS)}), else one per test
 */
public record DeviceTestPlan(String testClass, List<MethodRef> beforeAll, List<MethodRef> beforeEach,
                             List<MethodRef> tests, List<MethodRef> afterEach, List<MethodRef> afterAll,
                             boolean perClass) {

    /** A no-argument method: its declaring class (binary name), its name, and whether it is static. */
    public record MethodRef(String owner, String name, boolean isStatic) {
        static MethodRef of(Method m) {
            return new MethodRef(m.getDeclaringClass().getName(), m.getName(), Modifier.isStatic(m.getModifiers()));
        }

        /** {@code pkg.Cls.name()}, for messages. */
        @Override
        public String toString() {
            return owner + "." + name + "()";
        }
    }

    public DeviceTestPlan {
        beforeAll = List.copyOf(beforeAll);
        beforeEach = List.copyOf(beforeEach);
        tests = List.copyOf(tests);
        afterEach = List.copyOf(afterEach);
        afterAll = List.copyOf(afterAll);
    }

    static final String API = "org.junit.jupiter.api.";

    /**
     * The plan for {@code testClass}: its {@code @Test} methods that are not {@code @Disabled} and
     * its lifecycle methods (test templates and factories are not planned: the extension reports
     * them as unsupported). Throws IllegalArgumentException naming the method when one cannot run
     * on the device (parameters, a private method).
     */
    public static DeviceTestPlan of(Class<?> testClass) {
        boolean perClass = false;
        for (Annotation a : testClass.getAnnotations()) {
            if (a.annotationType().getName().equals(API + "TestInstance")) {
                try {
                    perClass = a.annotationType().getMethod("value").invoke(a).toString().equals("PER_CLASS");
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + a + " on " + testClass.getName(), e);
                }
            }
        }
        List<MethodRef> tests = new ArrayList<>();
        for (Method m : methods(testClass, "Test", true)) {
            if (!annotated(m, "Disabled")) {
                tests.add(MethodRef.of(m));
            }
        }
        return new DeviceTestPlan(testClass.getName(),
                refs(methods(testClass, "BeforeAll", true)), refs(methods(testClass, "BeforeEach", true)), tests,
                refs(methods(testClass, "AfterEach", false)), refs(methods(testClass, "AfterAll", false)), perClass);
    }

    /** This plan with one instance for the class, or one per test. */
    public DeviceTestPlan withPerClass(boolean perClass) {
        return new DeviceTestPlan(testClass, beforeAll, beforeEach, tests, afterEach, afterAll, perClass);
    }

    /** This plan with the tests in {@code order} (Jupiter's own order and selection). */
    public DeviceTestPlan withTests(List<MethodRef> order) {
        return new DeviceTestPlan(testClass, beforeAll, beforeEach, order, afterEach, afterAll, perClass);
    }

    private static List<MethodRef> refs(List<Method> methods) {
        return methods.stream().map(MethodRef::of).toList();
    }

    /**
     * The methods annotated {@code @<annotation>}, superclasses first
     * ({@code topDown}) or last, each class's in Jupiter's default order; a method overridden in a
     * subclass counts once, where it is declared last.
     */
    static List<Method> methods(Class<?> testClass, String annotation, boolean topDown) {
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> c = testClass; c != null && c != Object.class; c = c.getSuperclass()) {
            chain.add(0, c);
        }
        List<Method> found = new ArrayList<>();
        for (Class<?> c : chain) {
            List<Method> declared = new ArrayList<>(List.of(c.getDeclaredMethods()));
            declared.sort(Comparator.<Method>comparingInt(m -> m.getName().hashCode()).thenComparing(Method::toString));
            List<Method> level = new ArrayList<>();
            for (Method m : declared) {
                if (m.isSynthetic() || m.isBridge() || !annotated(m, annotation)) {
                    continue;
                }
                found.removeIf(earlier -> overrides(m, earlier));
                check(m, annotation);
                level.add(m);
            }
            if (topDown) {
                found.addAll(level);
            } else {
                found.addAll(0, level);
            }
        }
        return found;
    }

    private static boolean overrides(Method m, Method earlier) {
        return !Modifier.isStatic(m.getModifiers()) && !Modifier.isPrivate(earlier.getModifiers())
                && m.getName().equals(earlier.getName()) && m.getParameterCount() == earlier.getParameterCount()
                && java.util.Arrays.equals(m.getParameterTypes(), earlier.getParameterTypes());
    }

    private static void check(Method m, String annotation) {
        String where = m.getDeclaringClass().getName() + "." + m.getName();
        if (m.getParameterCount() != 0) {
            throw new IllegalArgumentException(where + " takes parameters: rtgo-junit calls @" + annotation
                    + " methods without parameters on the device (no ParameterResolver runs there)");
        }
        if (Modifier.isPrivate(m.getModifiers())) {
            throw new IllegalArgumentException(where + " is private: JUnit does not run private @" + annotation
                    + " methods; make it package-private");
        }
    }

    static boolean annotated(Method m, String simpleName) {
        for (Annotation a : m.getAnnotations()) {
            if (a.annotationType().getName().equals(API + simpleName)) {
                return true;
            }
        }
        return false;
    }
}
