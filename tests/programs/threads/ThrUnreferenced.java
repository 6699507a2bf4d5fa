// Started threads that nobody references (no variable holds the Thread) must keep running while
// the collector works: each allocates, and reports into a shared tally under a monitor; main
// waits on the monitor until all have reported, allocating garbage meanwhile.
public class ThrUnreferenced {
    static final Object lock = new Object();
    static int reported;
    static long total;

    static void spawn(int k) {
        new Thread(() -> {
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < 50; j++) {
                sb.append(j % 10);
                if (j % 10 == 0) Thread.yield();
            }
            long sum = 0;
            for (int j = 0; j < sb.length(); j++) sum += sb.charAt(j) - '0';
            synchronized (lock) {
                reported++;
                total += sum * (k + 1);
                lock.notifyAll();
            }
        }).start();
    }

    public static void main(String[] args) throws InterruptedException {
        for (int k = 0; k < 8; k++) spawn(k);
        long junk = 0;
        for (int i = 0; i < 300; i++) {
            Object[] o = new Object[20];
            junk += o.length;
        }
        synchronized (lock) {
            while (reported < 8) lock.wait();
        }
        System.out.println("reported " + reported + ", total " + total + ", junk " + junk);
    }
}
