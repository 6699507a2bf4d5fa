// Channels: select with a timeout. A channel nobody sends on times out; a slow sender that beats a
// long timeout is taken; After gives a one-shot timeout channel; a zero timeout polls.
import rtgo.Chan;
import rtgo.Go;
import rtgo.Select;
import rtgo.Timer;

public class ChanSelectTimeout {
    public static void main(String[] args) throws InterruptedException {
        Chan<String> quiet = new Chan<>();
        Select s = new Select().receive(quiet).timeout(20);
        long t0 = System.nanoTime();
        int r = s.select();
        long waited = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("quiet: " + (r == Select.TIMEOUT ? "timeout" : "case " + r) + ", waited >= 20 ms: " + (waited >= 20));

        Chan<String> slow = new Chan<>();
        Go.go(() -> {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
            slow.send("late but in time");
        });
        Select t = new Select().receive(slow).timeout(10_000);
        r = t.select();
        System.out.println("slow: case " + r + " " + t.value());

        Select u = new Select().receive(quiet).receive(Timer.after(15));
        r = u.select();
        System.out.println("after: case " + r + " got a time: " + (u.value() != null));

        Select poll = new Select().receive(quiet).timeout(0);
        System.out.println("poll: " + poll.select());

        // timeouts in a loop: three timeouts, then a value
        Chan<Integer> later = new Chan<>(1);
        Select loop = new Select().receive(later).timeout(5);
        int timeouts = 0;
        for (;;) {
            int k = loop.select();
            if (k == Select.TIMEOUT) {
                timeouts++;
                if (timeouts == 3) {
                    later.send(7);
                }
            } else {
                System.out.println("loop: " + timeouts + " timeouts, then " + loop.value());
                break;
            }
        }
    }
}
