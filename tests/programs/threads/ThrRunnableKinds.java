// Threads built every way: from a lambda, a method reference, an anonymous Runnable, a Thread
// subclass overriding run(), an anonymous Thread subclass, and a subclass that passes a Runnable
// to super and calls super.run(). Calling run() directly runs it on the calling thread.
import java.util.ArrayList;
import java.util.List;

public class ThrRunnableKinds {
    static final List<String> log = new ArrayList<>();

    static void note(String s) {
        synchronized (log) {
            log.add(s);
        }
    }

    static void viaReference() {
        note("method reference on " + Thread.currentThread().getName());
    }

    static class Counter extends Thread {
        int total;

        Counter(String name) {
            super(name);
        }

        @Override
        public void run() {
            for (int i = 1; i <= 10; i++) total += i;
            note("subclass " + getName() + " total " + total);
        }
    }

    static class Wrapping extends Thread {
        Wrapping(Runnable r) {
            super(r, "wrapping");
        }

        @Override
        public void run() {
            note("before super.run");
            super.run();
            note("after super.run");
        }
    }

    public static void main(String[] args) throws InterruptedException {
        List<Thread> ts = new ArrayList<>();
        ts.add(new Thread(() -> note("lambda on " + Thread.currentThread().getName())));
        ts.add(new Thread(ThrRunnableKinds::viaReference));
        ts.add(new Thread(new Runnable() {
            @Override
            public void run() {
                note("anonymous Runnable on " + Thread.currentThread().getName());
            }
        }));
        Counter c = new Counter("counter");
        ts.add(c);
        ts.add(new Thread() {
            @Override
            public void run() {
                note("anonymous subclass on " + getName());
            }
        });
        ts.add(new Wrapping(() -> note("the wrapped Runnable on " + Thread.currentThread().getName())));
        for (Thread t : ts) {
            t.start();
            t.join();
        }
        for (String s : log) System.out.println(s);
        log.clear();
        System.out.println("counter total read after join: " + c.total);
        Thread direct = new Thread(() -> note("run() called directly runs on " + Thread.currentThread().getName()));
        direct.run();
        new Thread().run();
        Thread plain = new Thread();
        plain.start();
        plain.join();
        for (String s : log) System.out.println(s);
        System.out.println("direct was never started: alive " + direct.isAlive());
    }
}
