// The collector runs while threads are parked in wait() and in monitor entry: each keeps a
// structure reachable only from its own stack; main allocates enough garbage for several
// collections, then releases them; every structure must be intact.
public class MonGcWhileWaiting {
    static final Object lock = new Object();
    static boolean go;
    static int parked;

    static int[][] build(int k) {
        int[][] rows = new int[20][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new int[8];
            for (int j = 0; j < 8; j++) rows[i][j] = k * 1000 + i * 8 + j;
        }
        return rows;
    }

    static boolean check(int[][] rows, int k) {
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < 8; j++) {
                if (rows[i][j] != k * 1000 + i * 8 + j) return false;
            }
        }
        return true;
    }

    public static void main(String[] args) throws InterruptedException {
        boolean[] ok = new boolean[4];
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) {
            final int k = i;
            ts[i] = new Thread(() -> {
                int[][] mine = build(k);
                String label = "thread" + k;
                synchronized (lock) {
                    parked++;
                    lock.notifyAll();
                    while (!go) {
                        try {
                            lock.wait();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
                ok[k] = check(mine, k) && label.equals("thread" + k);
            });
            ts[i].start();
        }
        synchronized (lock) {
            while (parked < 4) lock.wait();
        }
        long junk = 0;
        for (int round = 0; round < 400; round++) {
            int[] g = new int[64];
            g[round % 64] = round;
            junk += g.length;
        }
        synchronized (lock) {
            go = true;
            lock.notifyAll();
        }
        for (Thread t : ts) t.join();
        System.out.println("junk " + junk + ", intact " + ok[0] + " " + ok[1] + " " + ok[2] + " " + ok[3]);
    }
}
