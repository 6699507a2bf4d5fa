// Synchronized methods whose body starts with a loop (while, for, do-while, a wait loop): the
// loop's back edge jumps to the method's first instruction, which must not enter the monitor
// again, so the monitor is free once the method returns. Checked with holdsLock and by another
// thread taking each monitor.
public class MonLoopAtStart {
    int value;
    boolean ready = true;

    static synchronized int countDown(int n) {
        while (n > 0) n--;
        return n;
    }

    synchronized int forLoop(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) s += i;
        return s;
    }

    synchronized void doWhile(int n) {
        do {
            value += n;
            n--;
        } while (n > 0);
    }

    synchronized int awaitReady() throws InterruptedException {
        while (!ready) wait();
        return value;
    }

    static boolean freeForOthers(Object m) throws InterruptedException {
        boolean[] ok = new boolean[1];
        Thread t = new Thread(() -> {
            synchronized (m) {
                ok[0] = true;
            }
        });
        t.start();
        t.join();
        return ok[0];
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("countDown " + countDown(5) + ", held " + Thread.holdsLock(MonLoopAtStart.class));
        MonLoopAtStart o = new MonLoopAtStart();
        System.out.println("forLoop " + o.forLoop(6) + ", held " + Thread.holdsLock(o));
        o.doWhile(4);
        System.out.println("doWhile " + o.value + ", held " + Thread.holdsLock(o));
        System.out.println("awaitReady " + o.awaitReady() + ", held " + Thread.holdsLock(o));
        System.out.println("free for others: " + freeForOthers(o) + " " + freeForOthers(MonLoopAtStart.class));
        MonLoopAtStart p = new MonLoopAtStart();
        p.ready = false;
        Thread waiter = new Thread(() -> {
            try {
                System.out.println("waiter got " + p.awaitReady());
            } catch (InterruptedException e) {
                System.out.println("interrupted?");
            }
        });
        waiter.start();
        for (int round = 0; round < 3; round++) {
            synchronized (p) {
                p.value = round;
                p.notifyAll();
            }
            Thread.yield();
        }
        synchronized (p) {
            p.value = 42;
            p.ready = true;
            p.notifyAll();
        }
        waiter.join();
        System.out.println("free after the waiter: " + freeForOthers(p));
    }
}
