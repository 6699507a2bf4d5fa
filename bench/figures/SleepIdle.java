/*
 * Figure (ci/figures): tickless idle (issue 10 item 5). main sleeps 100 ms between BEGIN and
 * END; with no other thread the scheduler arms TIMER alarm 3 and the core waits in WFI. The
 * harness counts the cycles it skips while the core sleeps (ci/emu report, slept-at records),
 * so ci/figures shows "asleep A of M": of the M cycles between BEGIN and END (12.5 M for 100 ms
 * at 125 MHz), A were spent in WFI; M - A are the awake cycles of going to sleep and waking up.
 * The first sleep also sets the scheduler up (the handler stack, the alarms' interrupts).
 */
public class SleepIdle {
    public static void main(String[] args) throws InterruptedException {
        System.out.println("BEGIN");
        long t0 = System.nanoTime();
        Thread.sleep(100);
        long slept = (System.nanoTime() - t0) / 1_000_000;
        System.out.print("END ");
        System.out.println(slept);
    }
}
