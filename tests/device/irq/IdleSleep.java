/*
 * Tickless idle: three threads each sleep 200 ms (main joins them), so nothing runs for about
 * 200 ms and the core should spend it asleep in WFI; rtgo.e2e.IrqTest checks the harness's slept
 * cycles against the total. Also runs on HotSpot (the output is the same), but the point is the
 * emulator's count.
 */
public class IdleSleep {
    public static void main(String[] args) throws InterruptedException {
        Thread[] ts = new Thread[3];
        for (int i = 0; i < ts.length; i++) {
            int id = i;
            ts[i] = new Thread(() -> {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    System.out.println("interrupted " + id);
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        System.out.println("all slept");
    }
}
