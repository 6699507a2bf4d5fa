// Strict round-robin among three threads through one monitor and a turn counter: the output is
// A0 B0 C0 A1 B1 C1 ... for five rounds. Every thread waits on the same monitor, so each hand-off
// needs notifyAll (notify could wake the wrong one and stall).
public class MonTurnstile {
    static final Object lock = new Object();
    static int turn;
    static final StringBuilder out = new StringBuilder();

    public static void main(String[] args) throws InterruptedException {
        String[] names = {"A", "B", "C"};
        Thread[] ts = new Thread[3];
        for (int i = 2; i >= 0; i--) {
            final int me = i;
            ts[i] = new Thread(() -> {
                for (int r = 0; r < 5; r++) {
                    synchronized (lock) {
                        while (turn % 3 != me) {
                            try {
                                lock.wait();
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                        out.append(names[me]).append(r).append(' ');
                        System.out.println(names[me] + " round " + r);
                        turn++;
                        lock.notifyAll();
                    }
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        System.out.println(out.toString().trim());
        System.out.println("turns " + turn);
    }
}
