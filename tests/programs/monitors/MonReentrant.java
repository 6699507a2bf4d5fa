// Monitors are reentrant: a synchronized method calling another synchronized method on the same
// object, recursion through a synchronized method, nested synchronized blocks on the same object
// three deep, and after all of it the monitor is fully released (another thread can take it).
public class MonReentrant {
    int depth;
    final StringBuilder trail = new StringBuilder();

    synchronized void outer() {
        trail.append("outer ");
        inner();
        trail.append("/outer ");
    }

    synchronized void inner() {
        trail.append("inner(holds ").append(Thread.holdsLock(this)).append(") ");
    }

    synchronized int recurse(int n) {
        depth = Math.max(depth, n);
        return n == 0 ? 0 : n + recurse(n - 1);
    }

    public static void main(String[] args) throws InterruptedException {
        MonReentrant m = new MonReentrant();
        m.outer();
        System.out.println(m.trail);
        System.out.println("recursive sum " + m.recurse(50) + ", depth " + m.depth);
        synchronized (m) {
            synchronized (m) {
                synchronized (m) {
                    m.outer();
                    System.out.println("three deep, holds " + Thread.holdsLock(m));
                }
                System.out.println("two deep, holds " + Thread.holdsLock(m));
            }
            System.out.println("one deep, holds " + Thread.holdsLock(m));
        }
        System.out.println("released, holds " + Thread.holdsLock(m));
        boolean[] got = new boolean[1];
        Thread t = new Thread(() -> {
            synchronized (m) {
                got[0] = true;
                m.inner();
            }
        });
        t.start();
        t.join();
        System.out.println("another thread took the monitor: " + got[0]);
        System.out.println(m.trail.length());
    }
}
