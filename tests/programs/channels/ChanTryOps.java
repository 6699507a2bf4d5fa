// Channels: trySend and tryReceive never wait. On a buffered channel they fill and drain it; on an
// unbuffered one trySend succeeds only with a receiver already waiting, tryReceive only with a
// sender already waiting.
import rtgo.Chan;
import rtgo.Go;

public class ChanTryOps {
    public static void main(String[] args) throws InterruptedException {
        Chan<Integer> b = new Chan<>(3);
        for (int i = 0; i < 5; i++) {
            System.out.println("trySend " + i + ": " + b.trySend(i) + " len " + b.len());
        }
        for (int i = 0; i < 5; i++) {
            System.out.println("tryReceive: " + b.tryReceive());
        }

        Chan<String> u = new Chan<>();
        System.out.println("unbuffered trySend, nobody waiting: " + u.trySend("x"));
        System.out.println("unbuffered tryReceive, nobody waiting: " + u.tryReceive());
        Chan<String> got = new Chan<>(1);
        Go.go(() -> got.send(u.receive()));
        // poll until the receiver is waiting
        int attempts = 0;
        while (!u.trySend("handed over")) {
            attempts++;
            Thread.sleep(1);
        }
        System.out.println("receiver got: " + got.receive() + " (after some attempts: " + (attempts >= 0) + ")");
        Go.go(() -> u.send("from a waiting sender"));
        String v;
        while ((v = u.tryReceive()) == null) {
            Thread.sleep(1);
        }
        System.out.println("tryReceive got: " + v);
        u.close();
        try {
            u.trySend("late");
        } catch (IllegalStateException e) {
            System.out.println("trySend on closed: " + e.getMessage());
        }
    }
}
