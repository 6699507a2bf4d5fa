// Monitor misuse: wait, notify and notifyAll without owning the monitor throw
// IllegalMonitorStateException ("current thread is not owner"), also when another object's
// monitor is held or after the owner left; bad timeouts throw IllegalArgumentException.
public class MonIllegalState {
    static void report(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": no exception");
        } catch (IllegalMonitorStateException e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Object a = new Object();
        Object b = new Object();
        report("notify unowned", a::notify);
        report("notifyAll unowned", a::notifyAll);
        report("wait unowned", () -> {
            try {
                a.wait();
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        report("wait(5) unowned", () -> {
            try {
                a.wait(5);
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        synchronized (b) {
            report("notify holding another", a::notify);
            report("notify holding it", b::notify);
        }
        synchronized (a) {
            report("wait(-1)", () -> {
                try {
                    a.wait(-1);
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            });
            report("wait(1, -1)", () -> {
                try {
                    a.wait(1, -1);
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            });
            report("wait(1, 1000000)", () -> {
                try {
                    a.wait(1, 1_000_000);
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            });
        }
        // the owner is another thread
        Object c = new Object();
        boolean[] release = new boolean[1];
        boolean[] holding = new boolean[1];
        Thread owner = new Thread(() -> {
            synchronized (c) {
                holding[0] = true;
                c.notifyAll();
                while (!release[0]) {
                    try {
                        c.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        });
        owner.start();
        synchronized (c) {
            while (!holding[0]) c.wait();
        }
        report("notify on a monitor another thread uses", c::notify);
        synchronized (c) {
            release[0] = true;
            c.notifyAll();
        }
        owner.join();
        // an IllegalMonitorStateException escaping a thread is reported like any other
        Thread t = new Thread(() -> a.notify(), "misuser");
        t.start();
        t.join();
        System.out.println("done");
    }
}
