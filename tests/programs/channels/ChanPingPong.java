// Channels: ping-pong. Two goroutines pass a ball back and forth over two unbuffered channels; each
// prints before it sends, so the rendezvous orders the output exactly.
import rtgo.Chan;
import rtgo.Go;

public class ChanPingPong {
    public static void main(String[] args) {
        Chan<Integer> ping = new Chan<>();
        Chan<Integer> pong = new Chan<>();
        Chan<Integer> done = new Chan<>();
        Go.go(() -> {
            for (Integer ball : ping) {
                System.out.println("ping " + ball);
                if (ball >= 10) {
                    done.send(ball);
                    return;
                }
                pong.send(ball + 1);
            }
        });
        Go.go(() -> {
            for (Integer ball : pong) {
                System.out.println("  pong " + ball);
                ping.send(ball + 1);
            }
        });
        ping.send(0);
        System.out.println("final " + done.receive());
        // a tight round trip loop: main against an echo goroutine
        Chan<Integer> req = new Chan<>();
        Chan<Integer> rep = new Chan<>();
        Go.go(() -> {
            for (Integer v : req) {
                rep.send(v + 1);
            }
        });
        int v = 0;
        for (int i = 0; i < 1000; i++) {
            req.send(v);
            v = rep.receive();
        }
        System.out.println("echoed " + v);
    }
}
