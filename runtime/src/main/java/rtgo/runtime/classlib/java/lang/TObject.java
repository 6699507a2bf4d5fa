package rtgo.runtime.classlib.java.lang;

import rtgo.vm.Address;
import rtgo.vm.Mem;
import rtgo.vm.abi.ObjectLayout;

/*
 * TObject: java.lang.Object's methods, each as a static method taking the receiver first (docs/abi.md,
 * "Class library substitution"). A static method with the receiver first has the calling convention
 * of an instance method, so these also fill the Object slots (0 toString, 1 hashCode, 2 equals) of
 * the virtual tables of classes that do not override them, and of arrays.
 *
 * Design note. The identity hash is derived from the address: objects do not move (the collector
 * will not compact), so it is stable for the object's life. It is scrambled so that neighbouring
 * objects' hashes differ in their low bits, and kept positive and non-zero like HotSpot's. Programs
 * whose output depends on identity hashes print different numbers on every JVM, so nothing can
 * compare them exactly; they only have to be stable and well spread.
 */
public final class TObject {
    private TObject() {}

    public static int hashCode(Object self) {
        int h = (Address.of(self) >>> 3) * 0x9E3779B1;
        h = (h ^ (h >>> 15)) & 0x7fffffff;
        return h == 0 ? 1 : h;
    }

    public static boolean equals(Object self, Object other) {
        return self == other;
    }

    public static String toString(Object self) {
        String name = TClass.getName(getClass(self));
        int hash = self.hashCode();
        return name + "@" + Integer.toHexString(hash);
    }

    /** The object's class: on the device a Class is its type descriptor (docs/abi.md, "Objects"). */
    public static Class<?> getClass(Object self) {
        return (Class<?>) Address.toRef(Mem.load32(Address.of(self) + ObjectLayout.DESCRIPTOR));
    }

    /** Object.wait(): until notified or interrupted (rtgo.runtime.Monitors). */
    public static void wait(Object self) throws InterruptedException {
        rtgo.runtime.Monitors.await(self, 0);
    }

    /** Object.wait(timeoutMillis). */
    public static void wait(Object self, long timeoutMillis) throws InterruptedException {
        rtgo.runtime.Monitors.await(self, timeoutMillis);
    }

    /** Object.wait(timeoutMillis, nanos): the nanoseconds round up to a millisecond, as the JDK does. */
    public static void wait(Object self, long timeoutMillis, int nanos) throws InterruptedException {
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        rtgo.runtime.Monitors.await(self, nanos > 0 && timeoutMillis < Long.MAX_VALUE ? timeoutMillis + 1 : timeoutMillis);
    }

    /** Object.notify(). */
    public static void notify(Object self) {
        rtgo.runtime.Monitors.notifyOne(self);
    }

    /** Object.notifyAll(). */
    public static void notifyAll(Object self) {
        rtgo.runtime.Monitors.notifyAll(self);
    }
}
