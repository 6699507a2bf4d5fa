// Channels: rate limiting with a ticker. Six queued requests are handled one per tick of a 5 ms
// ticker, so handling them all takes at least five periods; then a burst of three passes through a
// buffered channel of tokens refilled by the ticker.
import rtgo.Chan;
import rtgo.Ticker;

public class ChanRateLimit {
    public static void main(String[] args) {
        Chan<Integer> requests = new Chan<>(6);
        for (int i = 1; i <= 6; i++) {
            requests.send(i);
        }
        requests.close();
        long t0 = System.nanoTime();
        Ticker limiter = new Ticker(5);
        StringBuilder handled = new StringBuilder();
        for (int r : requests) {
            limiter.channel().receive();
            handled.append(r).append(' ');
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        limiter.stop();
        System.out.println("handled " + handled.toString().trim() + ", took >= 30 ms: " + (ms >= 30));

        Chan<Boolean> bursty = new Chan<>(3);
        for (int i = 0; i < 3; i++) {
            bursty.send(true);
        }
        int immediate = 0;
        for (int i = 0; i < 5; i++) {
            if (bursty.tryReceive() != null) {
                immediate++;
            }
        }
        System.out.println("burst of " + immediate + " without waiting");
    }
}
