/*
 * Figure (ci/figures): the cost of a thread's whole life, create + start + run + exit + join, for
 * a thread whose run() does nothing (issue 10 item 9; anchor: ChibiOS thread create+exit, 443
 * cycles on the RP2040, with a static working area).
 *
 * main does N times: new Thread(empty), start(), join(). The OPS line makes ci/figures divide
 * by N: the per-operation column is one thread's life, including allocating and zeroing its
 * stack (rtgo_thread_stack bytes, an int[] from the heap), its name ("Thread-<n>", built by
 * string concatenation as HotSpot names it), the two switches (to the thread and back when it
 * ends) and the collections that the dropped stacks cause (part of the real cost of a thread).
 */
public class ThreadCreate {
    static final int N = 500;
    static int ran;

    public static void main(String[] args) throws InterruptedException {
        Runnable empty = () -> { };
        // one thread first: the scheduler's one-off set-up (handler stack, alarms) stays outside
        Thread first = new Thread(empty);
        first.start();
        first.join();
        System.out.println("OPS " + N + " thread");
        System.out.println("BEGIN");
        for (int i = 0; i < N; i++) {
            Thread t = new Thread(empty);
            t.start();
            t.join();
            if (!t.isAlive()) {
                ran++;
            }
        }
        System.out.print("END ");
        System.out.println(ran);
    }
}
