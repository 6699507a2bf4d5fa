// Thread.ofPlatform() builders: name with a counter (w0, w1...), a fixed name, daemon(true),
// priority, an uncaught exception handler set on the builder, unstarted() then start(), and the
// builder's threads are not virtual.
public class ThrOfPlatform {
    public static void main(String[] args) throws InterruptedException {
        Thread.Builder.OfPlatform b = Thread.ofPlatform().name("w", 0);
        String[] names = new String[3];
        Thread[] ts = new Thread[3];
        for (int i = 0; i < 3; i++) {
            final int k = i;
            ts[i] = b.start(() -> names[k] = Thread.currentThread().getName());
        }
        for (Thread t : ts) t.join();
        System.out.println(names[0] + " " + names[1] + " " + names[2]);
        Thread d = Thread.ofPlatform().name("daemon-one").daemon(true).priority(9).unstarted(() ->
                System.out.println("daemon-one runs, daemon " + Thread.currentThread().isDaemon()));
        System.out.println(d.getName() + " daemon " + d.isDaemon() + " priority " + d.getPriority() + " virtual "
                + d.isVirtual());
        d.start();
        d.join();
        Thread h = Thread.ofPlatform().name("handled").uncaughtExceptionHandler((t, e) ->
                System.out.println("builder handler: " + t.getName() + " " + e.getMessage())).start(() -> {
                    throw new RuntimeException("from the builder's thread");
                });
        h.join();
        Thread plain = Thread.ofPlatform().start(() -> System.out.println("unnamed builder thread runs as "
                + Thread.currentThread().getName()));
        plain.join();
    }
}
