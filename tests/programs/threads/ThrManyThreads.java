// Many short-lived threads alive at once: 24 threads each compute a partial sum of a shared
// array and store it; the join loop collects them. Then three waves of 24 reuse the freed
// resources (stacks, thread records) and the totals must still agree.
public class ThrManyThreads {
    public static void main(String[] args) throws InterruptedException {
        int[] data = new int[2400];
        for (int i = 0; i < data.length; i++) data[i] = (i * 37) % 101;
        long expected = 0;
        for (int v : data) expected += v;
        for (int wave = 0; wave < 4; wave++) {
            int n = 24;
            long[] partial = new long[n];
            Thread[] ts = new Thread[n];
            for (int t = 0; t < n; t++) {
                final int k = t;
                final int w = wave;
                ts[t] = new Thread(() -> {
                    long s = 0;
                    for (int i = k; i < data.length; i += n) s += data[i];
                    if (w % 2 == 1) Thread.yield();
                    partial[k] = s;
                });
                ts[t].start();
            }
            long total = 0;
            for (int t = 0; t < n; t++) {
                ts[t].join();
                total += partial[t];
            }
            System.out.println("wave " + wave + ": " + total + (total == expected ? " ok" : " WRONG"));
        }
        Thread last = new Thread(() -> {});
        System.out.println("next thread name " + last.getName());
    }
}
