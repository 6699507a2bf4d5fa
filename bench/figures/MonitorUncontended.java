/*
 * Figure (ci/figures): an uncontended synchronized block, monitor enter + exit on an object no
 * other thread holds (issue 10 item 9; anchor: ChibiOS mutex lock+unlock, 123 cycles).
 *
 * main runs N times `synchronized (lock) { count++; }` with no other thread ever started (the
 * common case: a program that only uses a thread-safe class; the monitor is free either way, so
 * other threads would not change the path). The OPS line makes ci/figures divide by N: the
 * per-operation column is one enter + exit, plus the loop and the count++ (main's own instructions,
 * about 20 cycles in `ci/figures --profile`; the
 * block's exception handler, which exits the monitor when the body throws, costs nothing here).
 */
public class MonitorUncontended {
    static final int N = 10000;
    static final Object lock = new Object();
    static int count;

    public static void main(String[] args) {
        System.out.println("OPS " + N + " enter+exit");
        System.out.println("BEGIN");
        Object l = lock;
        for (int i = 0; i < N; i++) {
            synchronized (l) {
                count++;
            }
        }
        System.out.print("END ");
        System.out.println(count);
    }
}
