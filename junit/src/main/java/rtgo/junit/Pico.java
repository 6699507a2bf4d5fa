package rtgo.junit;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import rtgo.diag.BuildException;
import rtgo.junit.DeviceResults.Key;
import rtgo.junit.DeviceResults.Kind;

/**
 * The Jupiter extension that runs a test class on the emulated RP2040:
 * {@code @ExtendWith(Pico.class)} on the class (or registered for every class by Jupiter's
 * extension auto-detection, {@code junit.jupiter.extensions.autodetection.enabled=true}).
 *
 * <p>Design note. Jupiter keeps doing what it does well (discovery, display names, {@code @Disabled}
 * and conditions, ordering, reporting to Surefire and IDEs); this extension only replaces where the
 * code runs. Before the class's {@code @BeforeAll} methods it builds one image for the class (its
 * tests in the order Jupiter computed, see {@link #plan}) and runs it to the end, keeping every
 * invocation's outcome. Then, as Jupiter walks the class, each intercepted invocation (constructor,
 * lifecycle method, test) is skipped on the host and replaced by the device's: its output is printed
 * (so Surefire captures it under that test) and its throwable, with the device's frames, is thrown.
 * The device follows Jupiter's own rules (DeviceTests), so each host step has a device result. The
 * host instance is made without running its constructor (field initialisers may touch the chip);
 * static initialisers still run on the host when Jupiter loads the class.
 *
 * <p>Configuration parameters (or system properties): {@code rtgo.junit.maxCycles} (default
 * 2,000,000,000, the cycle limit of a class's run), {@code rtgo.junit.timeoutSeconds} (120),
 * {@code rtgo.junit.imageDir} (keep each class's image there), {@code rtgo.junit.classpath} (the
 * build's inputs, when the test class path's filtering by {@link HostClasspath} does not fit),
 * {@code rtgo.junit.onHost} ({@code true}: run the tests on the host JVM instead, as if the extension
 * were absent; rtgo-junit's own tests compare the device's assertion messages with JUnit's this way).
 */
public final class Pico implements BeforeAllCallback, InvocationInterceptor {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Pico.class);

    /** One class's device run: the plan and its results, or why there are none. */
    private record ClassRun(DeviceTestPlan plan, DeviceResults results, RuntimeException error,
                            java.util.Set<Integer> constructed) {
        ClassRun(DeviceTestPlan plan, DeviceResults results, RuntimeException error) {
            this(plan, results, error, java.util.concurrent.ConcurrentHashMap.newKeySet());
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!onHost(context)) {
            classRun(context);
        }
    }

    /** {@code rtgo.junit.onHost=true}: the tests run on the host JVM as if the extension were absent. */
    private static boolean onHost(ExtensionContext context) {
        return context.getConfigurationParameter("rtgo.junit.onHost", Boolean::parseBoolean).orElse(false);
    }

    private ClassRun classRun(ExtensionContext context) {
        Class<?> c = context.getRequiredTestClass();
        ClassRun run = context.getStore(NAMESPACE).getOrComputeIfAbsent(c, k -> start(context, c), ClassRun.class);
        if (run.error() != null) {
            throw run.error();
        }
        return run;
    }

    private static ClassRun start(ExtensionContext context, Class<?> c) {
        if (c.getEnclosingClass() != null && !Modifier.isStatic(c.getModifiers())) {
            return new ClassRun(null, null, new ExtensionConfigurationException(c.getName()
                    + " is a @Nested class: rtgo-junit runs top-level and static nested test classes on the device;"
                    + " make it a class of its own"));
        }
        DeviceTestPlan plan;
        try {
            plan = plan(context, c);
        } catch (IllegalArgumentException e) {
            return new ClassRun(null, null, new ExtensionConfigurationException(e.getMessage(), e));
        }
        DeviceTestRun.Options options = DeviceTestRun.Options.defaults();
        Optional<Long> cycles = context.getConfigurationParameter("rtgo.junit.maxCycles", Long::parseLong);
        Optional<Double> seconds = context.getConfigurationParameter("rtgo.junit.timeoutSeconds", Double::parseDouble);
        Optional<String> imageDir = context.getConfigurationParameter("rtgo.junit.imageDir");
        if (cycles.isPresent()) {
            options = options.withMaxCycles(cycles.get());
        }
        if (seconds.isPresent()) {
            options = options.withTimeoutMillis(Math.round(seconds.get() * 1000));
        }
        if (imageDir.isPresent()) {
            options = options.withImageDir(java.nio.file.Path.of(imageDir.get()));
        }
        try {
            DeviceResults results = DeviceTestRun.run(
                    HostClasspath.inputs(context.getConfigurationParameter("rtgo.junit.classpath").orElse(null)),
                    plan, options);
            return new ClassRun(plan, results, null);
        } catch (BuildException e) {
            return new ClassRun(plan, null, new ExtensionConfigurationException(
                    "rtgo could not build " + c.getName() + " for the device:\n" + e.getMessage(), e));
        } catch (java.io.IOException | RuntimeException e) {
            return new ClassRun(plan, null, new ExtensionConfigurationException(
                    "rtgo could not run " + c.getName() + " on the emulator: " + e.getMessage(), e));
        }
    }

    /**
     * The plan, with the tests in the order Jupiter will run them, taken from the class's test
     * descriptor (Jupiter's internal, reached by reflection: it honours {@code @TestMethodOrder}
     * and the launcher's filters); the default order of {@link DeviceTestPlan#of} if that fails.
     */
    static DeviceTestPlan plan(ExtensionContext context, Class<?> c) {
        DeviceTestPlan declared = DeviceTestPlan.of(c);
        // the lifecycle as Jupiter decided it (the annotation, or junit.jupiter.testinstance.lifecycle.default)
        DeviceTestPlan plan = context.getTestInstanceLifecycle()
                .map(l -> declared.withPerClass(l == org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS))
                .orElse(declared);
        try {
            Method getDescriptor = null;
            for (Class<?> k = context.getClass(); k != null && getDescriptor == null; k = k.getSuperclass()) {
                for (Method m : k.getDeclaredMethods()) {
                    if (m.getName().equals("getTestDescriptor") && m.getParameterCount() == 0) {
                        getDescriptor = m;
                    }
                }
            }
            if (getDescriptor == null) {
                return plan;
            }
            getDescriptor.setAccessible(true);
            Object descriptor = getDescriptor.invoke(context);
            Class<?> api = Class.forName("org.junit.platform.engine.TestDescriptor", false, descriptor.getClass().getClassLoader());
            List<DeviceTestPlan.MethodRef> order = new ArrayList<>();
            for (Object child : (Iterable<?>) api.getMethod("getChildren").invoke(descriptor)) {
                Optional<?> source = (Optional<?>) api.getMethod("getSource").invoke(child);
                if (source.isPresent() && source.get().getClass().getSimpleName().equals("MethodSource")) {
                    Method m = (Method) source.get().getClass().getMethod("getJavaMethod").invoke(source.get());
                    DeviceTestPlan.MethodRef ref = DeviceTestPlan.MethodRef.of(m);
                    if (plan.tests().contains(ref) && !order.contains(ref)) {
                        order.add(ref);
                    }
                }
            }
            return plan.withTests(order);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return plan; // another Jupiter version: the default order, which is Jupiter's without @TestMethodOrder
        }
    }

    // ---- the interceptions ----------------------------------------------------------------------------

    @Override
    public <T> T interceptTestClassConstructor(Invocation<T> invocation,
                                               ReflectiveInvocationContext<Constructor<T>> invocationContext,
                                               ExtensionContext context) throws Throwable {
        if (onHost(context)) {
            return invocation.proceed();
        }
        invocation.skip();
        ClassRun run = classRun(context);
        if (run.plan().perClass()) {
            replay(run, new Key(Kind.CONSTRUCTOR, 0, -1));
        }
        // an instance per test: Jupiter does not say here for which test, so the device's outcome
        // of that constructor is reported with the test's first step (see perTest)
        return allocate(invocationContext.getExecutable().getDeclaringClass());
    }

    @Override
    public void interceptBeforeAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> ic,
                                         ExtensionContext context) throws Throwable {
        lifecycle(invocation, ic, context, Kind.BEFORE_ALL);
    }

    @Override
    public void interceptBeforeEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> ic,
                                          ExtensionContext context) throws Throwable {
        lifecycle(invocation, ic, context, Kind.BEFORE_EACH);
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> ic,
                                    ExtensionContext context) throws Throwable {
        lifecycle(invocation, ic, context, Kind.TEST);
    }

    @Override
    public void interceptAfterEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> ic,
                                         ExtensionContext context) throws Throwable {
        lifecycle(invocation, ic, context, Kind.AFTER_EACH);
    }

    @Override
    public void interceptAfterAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> ic,
                                        ExtensionContext context) throws Throwable {
        lifecycle(invocation, ic, context, Kind.AFTER_ALL);
    }

    @Override
    public <T> T interceptTestFactoryMethod(Invocation<T> invocation, ReflectiveInvocationContext<Method> ic,
                                            ExtensionContext context) {
        invocation.skip();
        throw unsupported(ic.getExecutable(), "@TestFactory");
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> ic,
                                            ExtensionContext context) {
        invocation.skip();
        throw unsupported(ic.getExecutable(), "test template (@ParameterizedTest, @RepeatedTest)");
    }

    @Override
    public void interceptDynamicTest(Invocation<Void> invocation, DynamicTestInvocationContext ic,
                                     ExtensionContext context) {
        invocation.skip();
        throw new ExtensionConfigurationException("rtgo-junit runs @Test methods on the device, not dynamic tests");
    }

    private static ExtensionConfigurationException unsupported(Method m, String what) {
        return new ExtensionConfigurationException(m.getDeclaringClass().getName() + "." + m.getName() + " is a "
                + what + ": rtgo-junit runs @Test methods on the device; write the cases as @Test methods");
    }

    private void lifecycle(Invocation<Void> invocation, ReflectiveInvocationContext<Method> ic,
                           ExtensionContext context, Kind kind) throws Throwable {
        if (onHost(context)) {
            invocation.proceed();
            return;
        }
        invocation.skip();
        ClassRun run = classRun(context);
        DeviceTestPlan.MethodRef ref = DeviceTestPlan.MethodRef.of(ic.getExecutable());
        int test = kind == Kind.BEFORE_ALL || kind == Kind.AFTER_ALL ? -1 : testIndex(run, context.getRequiredTestMethod());
        int index = switch (kind) {
            case BEFORE_ALL -> run.plan().beforeAll().indexOf(ref);
            case BEFORE_EACH -> run.plan().beforeEach().indexOf(ref);
            case TEST -> test;
            case AFTER_EACH -> run.plan().afterEach().indexOf(ref);
            default -> run.plan().afterAll().indexOf(ref);
        };
        if (index < 0) {
            throw new IllegalStateException("rtgo-junit did not plan " + ref + " for the device (a bug in rtgo-junit;"
                    + " please report it)");
        }
        if (test >= 0 && !run.plan().perClass() && !constructed(run, test)) {
            return; // the device made no instance for this test: its constructor's failure is reported already
        }
        replay(run, new Key(kind, index, test));
    }

    /**
     * At a test's first step, reports the device's constructor call for that test (its output, and
     * its failure as the test's); afterwards, whether the device made the instance, so that the
     * steps it therefore skipped are skipped on the host too.
     */
    private static boolean constructed(ClassRun run, int test) throws Throwable {
        Key key = new Key(Kind.CONSTRUCTOR, 0, test);
        if (run.constructed().add(test)) {
            replay(run, key);
        }
        DeviceResults.Invocation inv = run.results().invocation(key);
        return inv != null && inv.finished() && inv.failure() == null;
    }

    private static int testIndex(ClassRun run, Method m) {
        return run.plan().tests().indexOf(DeviceTestPlan.MethodRef.of(m));
    }

    /** Prints what the invocation printed on the device and throws what it threw. */
    private static void replay(ClassRun run, Key key) throws Throwable {
        DeviceResults.Invocation inv = run.results().invocation(key);
        if (inv != null && !inv.output().isEmpty()) {
            System.out.print(inv.output().endsWith("\n") ? inv.output() : inv.output() + "\n");
            System.out.flush();
        }
        Throwable t = run.results().outcome(key);
        if (t != null) {
            throw t;
        }
    }

    /** An instance of {@code c} made without running a constructor (the device ran it). */
    private static <T> T allocate(Class<?> c) throws ReflectiveOperationException {
        Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
        Field f = unsafeClass.getDeclaredField("theUnsafe");
        f.setAccessible(true);
        @SuppressWarnings("unchecked")
        T t = (T) unsafeClass.getMethod("allocateInstance", Class.class).invoke(f.get(null), c);
        return t;
    }
}
