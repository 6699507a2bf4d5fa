// An object with a final array is published to another thread after construction through a plain
// static and a queue; the other thread loops over the array (its length known, its load hoisted)
// while the first thread keeps writing elements and yielding. A final field read in a loop around
// synchronisation points, and a non-final field beside it that the other thread replaces.
public class FinalsThreads {
    static Shared published;

    static class Shared {
        final int[] values = new int[10];
        final int step;
        int[] swap = new int[2];

        Shared(int step) {
            this.step = step;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Shared s = new Shared(3);
        published = s;
        int[] result = new int[2];
        Thread reader = new Thread(() -> {
            Shared p = published;
            int total = 0;
            for (int round = 0; round < 5; round++) {
                for (int i = 0; i < p.values.length; i++) {
                    total += p.values[i] * p.step;
                }
                total += p.swap.length;
                Thread.yield();
            }
            p.swap = new int[7];
            result[0] = total;
        });
        reader.start();
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < s.values.length; i++) {
                s.values[i] = round + i;
            }
            Thread.yield();
        }
        reader.join();
        int swapLen = 0;
        for (int i = 0; i < 3; i++) {
            swapLen += s.swap.length;
            Thread.yield();
        }
        System.out.println("swap " + swapLen + " step " + s.step);
        System.out.println(result[0] >= 0 ? "reader done" : "?");
    }
}
