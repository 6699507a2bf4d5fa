// Threads and memory: a worker spins on a volatile flag that main sets; another spins on a plain
// field, calling Thread.yield() in its loop (a synchronisation point, so it must see the write); a
// third waits on a plain field inside synchronized blocks. Each loop would never end if the
// field's load were hoisted out of it.
public class AliasVolatileFlag {
    static volatile boolean go;
    static boolean plainDone;
    static int lockedValue;
    static final Object lock = new Object();
    static int spins;

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(() -> {
            int n = 0;
            while (!go) {
                n++;
            }
            System.out.println("a saw go");
        });
        Thread b = new Thread(() -> {
            while (!plainDone) {
                Thread.yield();
            }
            System.out.println("b saw plainDone");
        });
        Thread c = new Thread(() -> {
            int v;
            do {
                synchronized (lock) {
                    v = lockedValue;
                }
            } while (v == 0);
            System.out.println("c saw " + v);
        });
        a.start();
        b.start();
        c.start();
        Thread.sleep(5);
        go = true;
        a.join();
        plainDone = true;
        b.join();
        synchronized (lock) {
            lockedValue = 42;
        }
        c.join();
        System.out.println("done");
    }
}
