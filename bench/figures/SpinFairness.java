/*
 * Figure (ci/figures): fairness between two spinning threads (issue 10 item 2). Two threads each
 * spin incrementing their own volatile counter until a volatile stop flag is set; main sleeps
 * 100 ms meanwhile, then sets the flag, joins both and prints both counts. With time slices
 * (Sched.SLICE_MICROS each) both progress; main is woken by its alarm and runs when the slice
 * in progress ends. END prints 100 * the smaller count / the larger, the balance in percent
 * (100: equal shares), so ci/figures' result column reads as fairness; the window is the 100 ms
 * plus main's wait for the CPU after its deadline.
 */
public class SpinFairness {
    static volatile boolean stop;
    static volatile int a;
    static volatile int b;

    public static void main(String[] args) throws InterruptedException {
        Thread ta = new Thread(() -> {
            while (!stop) {
                a++;
            }
        });
        Thread tb = new Thread(() -> {
            while (!stop) {
                b++;
            }
        });
        System.out.println("BEGIN");
        ta.start();
        tb.start();
        Thread.sleep(100);
        stop = true;
        ta.join();
        tb.join();
        int x = a;
        int y = b;
        System.out.println("counts " + x + " " + y + " both progressed: " + (x > 0 && y > 0));
        System.out.print("END ");
        System.out.println(x == 0 || y == 0 ? 0 : (int) (100L * Math.min(x, y) / Math.max(x, y)));
    }
}
