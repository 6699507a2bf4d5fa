// static synchronized methods lock the Class object and instance ones lock this: a static
// synchronized method excludes synchronized(Mon.class) blocks, and two instances' synchronized
// methods do not exclude each other (each has its own monitor). Read-modify-write sequences that
// yield in the middle stay consistent because they hold the right monitor.
public class MonSyncMethods {
    static int classTotal;
    int objTotal;

    static synchronized void addStatic(int v) {
        int t = classTotal;
        Thread.yield();
        classTotal = t + v;
    }

    static void addViaClassBlock(int v) {
        synchronized (MonSyncMethods.class) {
            int t = classTotal;
            Thread.yield();
            classTotal = t + v;
        }
    }

    synchronized void add(int v) {
        int t = objTotal;
        Thread.yield();
        objTotal = t + v;
    }

    void addViaThisBlock(int v) {
        synchronized (this) {
            int t = objTotal;
            Thread.yield();
            objTotal = t + v;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        MonSyncMethods a = new MonSyncMethods();
        MonSyncMethods b = new MonSyncMethods();
        Thread[] ts = new Thread[4];
        for (int i = 0; i < 4; i++) {
            final int k = i;
            ts[i] = new Thread(() -> {
                MonSyncMethods target = k % 2 == 0 ? a : b;
                for (int j = 1; j <= 300; j++) {
                    if (k < 2) {
                        addStatic(j);
                        target.add(j);
                    } else {
                        addViaClassBlock(j);
                        target.addViaThisBlock(j);
                    }
                }
            });
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        System.out.println("class total " + classTotal + " (expected " + 4 * 300 * 301 / 2 + ")");
        System.out.println("a " + a.objTotal + ", b " + b.objTotal);
        System.out.println("holds class lock outside: " + Thread.holdsLock(MonSyncMethods.class));
        synchronized (MonSyncMethods.class) {
            System.out.println("holds class lock inside: " + Thread.holdsLock(MonSyncMethods.class));
        }
    }
}
