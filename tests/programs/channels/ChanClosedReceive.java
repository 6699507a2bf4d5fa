// Channels: receive on a closed channel returns null at once, every time (receive-with-ok); close
// wakes every receiver waiting on the channel, and they all see null.
import rtgo.Chan;
import rtgo.Go;

public class ChanClosedReceive {
    public static void main(String[] args) throws InterruptedException {
        Chan<Integer> c = new Chan<>();
        c.close();
        for (int i = 0; i < 3; i++) {
            System.out.println("receive " + i + ": " + c.receive());
        }
        System.out.println("tryReceive: " + c.tryReceive());

        Chan<Integer> gate = new Chan<>();
        Chan<String> woke = new Chan<>(8);
        Chan<Boolean> ready = new Chan<>(8);
        for (int i = 0; i < 5; i++) {
            Go.go(() -> {
                ready.send(true);
                Integer v = gate.receive();
                woke.send(v == null ? "closed" : "value " + v);
            });
        }
        for (int i = 0; i < 5; i++) {
            ready.receive();
        }
        Thread.sleep(20);
        gate.close();
        int closed = 0;
        for (int i = 0; i < 5; i++) {
            if (woke.receive().equals("closed")) {
                closed++;
            }
        }
        System.out.println(closed + " of 5 waiting receivers woke with null");

        Chan<Integer> buffered = new Chan<>(2);
        buffered.send(1);
        buffered.close();
        System.out.println("buffered: " + buffered.receive() + ", then " + buffered.receive());
    }
}
