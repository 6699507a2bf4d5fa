// System.exit called from a thread other than main ends the whole program at once with that
// status, while main is blocked in join and a third thread sleeps.
public class ThrExitFromThread {
    public static void main(String[] args) throws InterruptedException {
        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                return;
            }
            System.out.println("sleeper woke: must never print");
        });
        sleeper.start();
        Thread exiter = new Thread(() -> {
            System.out.println("exiter calls System.exit(3)");
            System.exit(3);
            System.out.println("after exit: must never print");
        });
        exiter.start();
        sleeper.join();
        System.out.println("main after join: must never print");
    }
}
