/*
 * Figure (ci/figures): the cycles of 1000 round trips over unbuffered channels between main and an
 * echo goroutine (main sends on req, the echo receives and sends on rep, main receives): each round
 * trip is two rendezvous and two thread switches. Divide by 1000 for one round trip (ChibiOS's
 * message round trip on the RP2040: 306 cycles). A warm-up round makes the per-thread waiters first.
 */
import rtgo.Chan;
import rtgo.Go;

public class ChanRoundTrip {
    public static void main(String[] args) {
        Chan<Integer> req = new Chan<>();
        Chan<Integer> rep = new Chan<>();
        Integer one = 1;
        Go.go(() -> {
            for (;;) {
                rep.send(req.receive());
            }
        });
        for (int i = 0; i < 10; i++) {
            req.send(one);
            rep.receive();
        }
        System.out.println("BEGIN");
        int n = 0;
        for (int i = 0; i < 1000; i++) {
            req.send(one);
            n += rep.receive();
        }
        System.out.print("END ");
        System.out.println(n);
    }
}
