// A cyclic barrier written with wait/notifyAll and a generation counter: four threads run
// three phases; nobody starts phase p+1 before all finished phase p. Each thread writes its
// phase result into a table; after each barrier every thread checks the whole row is filled.
public class MonHandBarrier {
    static final class Barrier {
        private final int parties;
        private int arrived;
        private int generation;

        Barrier(int parties) {
            this.parties = parties;
        }

        synchronized void await() throws InterruptedException {
            int gen = generation;
            arrived++;
            if (arrived == parties) {
                arrived = 0;
                generation++;
                notifyAll();
                return;
            }
            while (gen == generation) wait();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        int n = 4, phases = 3;
        Barrier barrier = new Barrier(n);
        int[][] table = new int[phases][n];
        boolean[] complete = new boolean[n];
        Thread[] ts = new Thread[n];
        for (int i = 0; i < n; i++) {
            final int me = i;
            ts[i] = new Thread(() -> {
                boolean ok = true;
                try {
                    for (int p = 0; p < phases; p++) {
                        synchronized (table) {
                            table[p][me] = (p + 1) * 10 + me;
                        }
                        if ((me + p) % 2 == 0) Thread.yield();
                        barrier.await();
                        synchronized (table) {
                            for (int k = 0; k < n; k++) if (table[p][k] == 0) ok = false;
                        }
                    }
                } catch (InterruptedException e) {
                    ok = false;
                }
                complete[me] = ok;
            });
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        for (int p = 0; p < phases; p++) {
            StringBuilder sb = new StringBuilder("phase " + p + ":");
            for (int v : table[p]) sb.append(' ').append(v);
            System.out.println(sb);
        }
        System.out.println("every thread saw full rows: " + complete[0] + " " + complete[1] + " " + complete[2] + " "
                + complete[3]);
    }
}
