// Channels: a buffered channel as a counting semaphore. Twelve goroutines each take a token
// (send), work, and give it back (receive); never more than three hold one at once.
import rtgo.Chan;
import rtgo.Go;

public class ChanSemaphore {
    static final Object lock = new Object();
    static int inside;
    static int most;

    public static void main(String[] args) {
        Chan<Boolean> tokens = new Chan<>(3);
        Chan<Integer> results = new Chan<>();
        for (int g = 0; g < 12; g++) {
            int id = g;
            Go.go(() -> {
                tokens.send(true);
                synchronized (lock) {
                    inside++;
                    most = Math.max(most, inside);
                }
                int r = 0;
                for (int i = 0; i <= id * 1000; i++) {
                    r += i % 7;
                }
                Thread.yield();
                synchronized (lock) {
                    inside--;
                }
                tokens.receive();
                results.send(r);
            });
        }
        long total = 0;
        for (int g = 0; g < 12; g++) {
            total += results.receive();
        }
        System.out.println("total " + total);
        System.out.println("at most 3 at once: " + (most <= 3) + ", held at all: " + (most >= 1));
        System.out.println("tokens left in use: " + tokens.len());
    }
}
