// Priorities are accepted and reported back: MIN/NORM/MAX, main at NORM_PRIORITY, a new thread
// inherits its creator's priority, out-of-range values are refused with IllegalArgumentException.
// Nothing here depends on the scheduler honouring them.
public class ThrPriority {
    public static void main(String[] args) throws InterruptedException {
        System.out.println(Thread.MIN_PRIORITY + " " + Thread.NORM_PRIORITY + " " + Thread.MAX_PRIORITY);
        Thread me = Thread.currentThread();
        System.out.println("main priority " + me.getPriority());
        Thread t = new Thread(() -> {});
        System.out.println("new thread priority " + t.getPriority());
        t.setPriority(Thread.MAX_PRIORITY);
        System.out.println("after setPriority(MAX) " + t.getPriority());
        t.setPriority(1);
        System.out.println("after setPriority(1) " + t.getPriority());
        for (int bad : new int[] {0, 11, -1}) {
            try {
                t.setPriority(bad);
                System.out.println("accepted " + bad + "?");
            } catch (IllegalArgumentException e) {
                System.out.println("setPriority(" + bad + ") refused: " + e.getClass().getSimpleName());
            }
        }
        me.setPriority(8);
        Thread child = new Thread(() -> {});
        System.out.println("child of a priority-8 thread: " + child.getPriority());
        me.setPriority(Thread.NORM_PRIORITY);
        int[] seen = new int[3];
        Thread[] ts = new Thread[3];
        for (int i = 0; i < 3; i++) {
            final int k = i;
            ts[i] = new Thread(() -> seen[k] = Thread.currentThread().getPriority());
            ts[i].setPriority(3 + 3 * i);
        }
        for (Thread x : ts) x.start();
        for (Thread x : ts) x.join();
        System.out.println("threads saw priorities " + seen[0] + " " + seen[1] + " " + seen[2]);
        t.start();
        t.join();
        t.setPriority(7);
        System.out.println("priority of a finished thread set to " + t.getPriority());
    }
}
