// Dining philosophers without deadlock: five philosophers, five forks as monitor objects, each
// takes the lower-numbered fork first (a global lock order). Each eats 30 times, yielding while
// holding forks to invite contention; a fork is never held by two at once (checked by an owner
// field under the fork's monitor) and every meal is counted.
public class MonPhilosophers {
    static final class Fork {
        final int id;
        int owner = -1;
        int uses;

        Fork(int id) {
            this.id = id;
        }
    }

    static boolean clash;

    public static void main(String[] args) throws InterruptedException {
        int n = 5;
        Fork[] forks = new Fork[n];
        for (int i = 0; i < n; i++) forks[i] = new Fork(i);
        int[] meals = new int[n];
        Thread[] ts = new Thread[n];
        for (int i = 0; i < n; i++) {
            final int p = i;
            Fork left = forks[i];
            Fork right = forks[(i + 1) % n];
            Fork first = left.id < right.id ? left : right;
            Fork second = left.id < right.id ? right : left;
            ts[i] = new Thread(() -> {
                for (int m = 0; m < 30; m++) {
                    synchronized (first) {
                        if (first.owner != -1) clash = true;
                        first.owner = p;
                        synchronized (second) {
                            if (second.owner != -1) clash = true;
                            second.owner = p;
                            Thread.yield();
                            meals[p]++;
                            first.uses++;
                            second.uses++;
                            second.owner = -1;
                        }
                        first.owner = -1;
                    }
                    Thread.yield();
                }
            }, "philosopher" + i);
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        int total = 0;
        for (int i = 0; i < n; i++) {
            System.out.println("philosopher " + i + " ate " + meals[i] + " times");
            total += meals[i];
        }
        int uses = 0;
        for (Fork f : forks) uses += f.uses;
        System.out.println("meals " + total + ", fork uses " + uses + ", clash " + clash);
    }
}
