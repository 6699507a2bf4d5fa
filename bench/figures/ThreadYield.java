/*
 * Figure (ci/figures): the cost of Thread.yield() between two threads, the context-switch figure
 * (issue 10 item 9; anchors: ChibiOS 96 cycles a switch on the RP2040, TinyGo about 233).
 *
 * main starts one thread (it does not run until main yields), prints BEGIN, then main and the
 * thread each call Thread.yield() N times, so the core switches 2N times between them; main
 * joins the thread and prints END. The OPS line makes ci/figures divide by 2N: the per-operation
 * column is the cycles of one yield that switches (the call, the scheduler's queue work, the
 * register save/restore of Sched.swap, the return on the other side), plus one loop iteration.
 * The thread's first entry and the join are in the window too (a few hundred cycles over 2N).
 */
public class ThreadYield {
    static final int N = 10000;
    static volatile int otherCount;

    public static void main(String[] args) throws InterruptedException {
        Thread t = new Thread(() -> {
            int c = 0;
            for (int i = 0; i < N; i++) {
                Thread.yield();
                c++;
            }
            otherCount = c;
        });
        t.start();
        System.out.println("OPS " + (2 * N) + " switch");
        System.out.println("BEGIN");
        int c = 0;
        for (int i = 0; i < N; i++) {
            Thread.yield();
            c++;
        }
        t.join();
        System.out.print("END ");
        System.out.println(c + otherCount);
    }
}
