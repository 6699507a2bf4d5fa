// Virtual threads run on the same green threads: Thread.ofVirtual().start, named builders with counters, isVirtual/isDaemon, the empty default name, join, and a batch of
// virtual threads whose results are collected after joining them all.
public class ThrVirtual {
    public static void main(String[] args) throws InterruptedException {
        int[] box = new int[1];
        Thread v = Thread.ofVirtual().start(() -> box[0] = 42);
        v.join();
        System.out.println("ofVirtual result " + box[0] + ", virtual " + v.isVirtual() + ", daemon " + v.isDaemon()
                + ", name '" + v.getName() + "'");
        Thread.Builder builder = Thread.ofVirtual().name("v-", 1);
        Thread a = builder.start(() -> System.out.println("running as " + Thread.currentThread().getName()));
        a.join();
        Thread b = builder.unstarted(() -> System.out.println("running as " + Thread.currentThread().getName()));
        System.out.println("unstarted alive " + b.isAlive());
        b.start();
        b.join();
        System.out.println("main is virtual: " + Thread.currentThread().isVirtual());
        long[] squares = new long[20];
        Thread[] ts = new Thread[20];
        for (int i = 0; i < ts.length; i++) {
            final int k = i;
            ts[i] = Thread.ofVirtual().start(() -> {
                Thread.yield();
                squares[k] = (long) k * k;
            });
        }
        long sum = 0;
        for (int i = 0; i < ts.length; i++) {
            ts[i].join();
            sum += squares[i];
        }
        System.out.println("sum of squares " + sum);
        Thread sleeper = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(10);
                System.out.println("virtual thread slept");
            } catch (InterruptedException e) {
                System.out.println("interrupted?");
            }
        });
        sleeper.join();
        Thread unnamed = new Thread(() -> {});
        System.out.println("platform numbering untouched by virtual threads: " + unnamed.getName());
    }
}
