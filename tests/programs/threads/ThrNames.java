// Thread names: unnamed platform threads are Thread-0, Thread-1... in creation order (numbered
// when constructed, not when started), named constructors take the name as given, setName renames
// (also from inside the running thread), and Thread.ofPlatform().name("w", 0) counts w0, w1...
public class ThrNames {
    static final StringBuilder log = new StringBuilder();

    static synchronized void note(String s) {
        log.append(s).append('\n');
    }

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(() -> note("a runs as " + Thread.currentThread().getName()));
        Thread b = new Thread(() -> note("b runs as " + Thread.currentThread().getName()));
        Thread named = new Thread(() -> note("named runs as " + Thread.currentThread().getName()), "worker-x");
        Thread c = new Thread(() -> {
            Thread.currentThread().setName("renamed-inside");
            note("c runs as " + Thread.currentThread().getName());
        });
        System.out.println(a.getName() + " " + b.getName() + " " + named.getName() + " " + c.getName());
        b.setName("bee");
        System.out.println("b renamed: " + b.getName());
        // start in reverse order: names were fixed at construction
        c.start(); c.join();
        named.start(); named.join();
        b.start(); b.join();
        a.start(); a.join();
        System.out.print(log);
        System.out.println("c after run: " + c.getName());
        Thread d = new Thread(() -> {});
        System.out.println("next unnamed: " + d.getName());
        Thread.Builder.OfPlatform builder = Thread.ofPlatform().name("w", 0);
        Thread w0 = builder.start(() -> note("w-thread " + Thread.currentThread().getName()));
        w0.join();
        Thread w1 = builder.start(() -> note("w-thread " + Thread.currentThread().getName()));
        w1.join();
        Thread w2 = builder.unstarted(() -> {});
        System.out.println(w0.getName() + " " + w1.getName() + " " + w2.getName());
        Thread plain = Thread.ofPlatform().name("solo").unstarted(() -> {});
        System.out.println(plain.getName());
        Thread anon = new Thread(() -> {});
        System.out.println("after builders: " + anon.getName());
        Thread.currentThread().setName("primary");
        System.out.println("main renamed: " + Thread.currentThread().getName());
        System.out.print(log.substring(log.indexOf("w-thread")));
    }
}
