// Channels: one producer and one consumer over a buffered channel; the consumer sees the values in
// the order they were sent, and range ends when the producer closes the channel.
import rtgo.Chan;
import rtgo.Go;

public class ChanProducerConsumer {
    public static void main(String[] args) {
        Chan<Integer> c = new Chan<>(4);
        Chan<String> done = new Chan<>();
        Go.go(() -> {
            for (int i = 1; i <= 50; i++) {
                c.send(i * i);
            }
            c.close();
        });
        Go.go(() -> {
            long sum = 0;
            int n = 0;
            int last = 0;
            boolean ordered = true;
            for (int v : c) {
                ordered &= v > last;
                last = v;
                sum += v;
                n++;
                if (n % 10 == 0) {
                    System.out.println("received " + n + ", last " + v);
                }
            }
            done.send("consumer: n=" + n + " sum=" + sum + " ordered=" + ordered);
        });
        System.out.println(done.receive());
        System.out.println("cap " + c.cap() + " len " + c.len());
    }
}
