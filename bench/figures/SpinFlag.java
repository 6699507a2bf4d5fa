/*
 * Figure (ci/figures): fairness without cooperation, the spin-wait case (issue 10 item 2). main
 * spins on a volatile flag (`while (!flag) { }`, never yielding) that another thread sets after
 * Thread.sleep(10). Without preemption main would spin for ever. With time slices the setter,
 * woken by its alarm at 10 ms, waits until main's slice ends (Sched.SLICE_MICROS) and main is
 * preempted at its loop's backward branch. The window is BEGIN to END: about 10 ms (1.25 M cycles)
 * of sleep plus the wake-to-run latency; END prints that latency in microseconds, as the setter
 * measured it (nanoTime when it runs minus the 10 ms deadline), so ci/figures' result column is
 * how long a runnable thread waited behind a spinning one.
 */
public class SpinFlag {
    static volatile boolean flag;
    static volatile long setAt;

    public static void main(String[] args) throws InterruptedException {
        Thread setter = new Thread(() -> {
            long t0 = System.nanoTime();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
            setAt = (System.nanoTime() - t0) / 1000 - 10_000;
            flag = true;
        });
        System.out.println("BEGIN");
        setter.start();
        while (!flag) {
            // spin: no yield, no sleep, no call
        }
        setter.join();
        System.out.print("END ");
        System.out.println(setAt);
    }
}
