// An exception leaving a synchronized block or method releases the monitor: after each throw
// another thread can take the lock (it would block forever otherwise), including when the
// exception is an Error, comes out of a nested block, or kills a thread that held the lock.
public class MonExceptionReleases {
    static final Object lock = new Object();

    static synchronized void throwingMethod() {
        throw new IllegalStateException("from a synchronized method");
    }

    static void nested() {
        synchronized (lock) {
            synchronized (MonExceptionReleases.class) {
                throw new ArithmeticException("from a nested block");
            }
        }
    }

    static boolean otherThreadCanLock() throws InterruptedException {
        boolean[] ok = new boolean[1];
        Thread t = new Thread(() -> {
            synchronized (lock) {
                synchronized (MonExceptionReleases.class) {
                    ok[0] = true;
                }
            }
        });
        t.start();
        t.join();
        return ok[0];
    }

    public static void main(String[] args) throws InterruptedException {
        try {
            synchronized (lock) {
                throw new RuntimeException("from a block");
            }
        } catch (RuntimeException e) {
            System.out.println("caught " + e.getMessage() + ", holds " + Thread.holdsLock(lock));
        }
        System.out.println("other thread can lock: " + otherThreadCanLock());
        try {
            throwingMethod();
        } catch (IllegalStateException e) {
            System.out.println("caught " + e.getMessage() + ", holds class " + Thread.holdsLock(MonExceptionReleases.class));
        }
        System.out.println("other thread can lock: " + otherThreadCanLock());
        try {
            nested();
        } catch (ArithmeticException e) {
            System.out.println("caught " + e.getMessage() + ", holds " + Thread.holdsLock(lock) + " "
                    + Thread.holdsLock(MonExceptionReleases.class));
        }
        System.out.println("other thread can lock: " + otherThreadCanLock());
        try {
            synchronized (lock) {
                throw new AssertionError("an Error");
            }
        } catch (AssertionError e) {
            System.out.println("caught " + e.getMessage());
        }
        System.out.println("other thread can lock: " + otherThreadCanLock());
        Thread dying = new Thread(() -> {
            synchronized (lock) {
                Object o = null;
                o.hashCode();
            }
        }, "dying");
        dying.setUncaughtExceptionHandler((t, e) -> System.out.println(t.getName() + " died: "
                + e.getClass().getSimpleName() + ", holds lock in handler " + Thread.holdsLock(lock)));
        dying.start();
        dying.join();
        System.out.println("lock free after a thread died holding it: " + otherThreadCanLock());
    }
}
