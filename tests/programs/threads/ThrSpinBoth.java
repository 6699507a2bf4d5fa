// Two threads that spin on volatile counters with no sleep, yield or lock: each advances its own
// counter up to the goal and keeps spinning until the other's gets there too, so both must get processor time for
// either to finish (time slicing, not cooperation). main waits for both with join.
public class ThrSpinBoth {
    static final int GOAL = 2000;
    static volatile int a;
    static volatile int b;

    public static void main(String[] args) throws InterruptedException {
        Thread ta = new Thread(() -> {
            while (a < GOAL || b < GOAL) {
                if (a < GOAL) a = a + 1;
            }
        });
        Thread tb = new Thread(() -> {
            while (a < GOAL || b < GOAL) {
                if (b < GOAL) b = b + 1;
            }
        });
        ta.start();
        tb.start();
        ta.join();
        tb.join();
        System.out.println("a = " + a + ", b = " + b);
    }
}
