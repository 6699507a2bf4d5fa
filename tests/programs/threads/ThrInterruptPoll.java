// A busy thread that never blocks notices interrupt() by polling isInterrupted(); the flag stays
// set (isInterrupted does not clear it) until the thread clears it with Thread.interrupted().
public class ThrInterruptPoll {
    static volatile boolean started;

    public static void main(String[] args) throws InterruptedException {
        int[] out = new int[3];
        Thread busy = new Thread(() -> {
            long spins = 0;
            do {
                spins++;
                started = true;
            } while (!Thread.currentThread().isInterrupted());
            out[0] = spins > 0 ? 1 : 0;
            out[1] = Thread.currentThread().isInterrupted() ? 1 : 0;
            out[2] = Thread.interrupted() ? 1 : 0;
            System.out.println("busy saw the interrupt; flag cleared now: " + !Thread.currentThread().isInterrupted());
        });
        busy.start();
        while (!started) {
            Thread.sleep(1);
        }
        Thread.sleep(10);
        busy.interrupt();
        busy.join();
        System.out.println("spun " + out[0] + ", still set " + out[1] + ", interrupted() " + out[2]);
    }
}
