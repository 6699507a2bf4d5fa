// Channels: Go's "whispers" daisy chain. Twenty goroutines each wait for a number from their right
// neighbour and pass it, plus one, to their left; main starts it at the far right with 1.
import rtgo.Chan;
import rtgo.Go;

public class ChanDaisyChain {
    public static void main(String[] args) {
        int n = 20;
        Chan<Integer> leftmost = new Chan<>();
        Chan<Integer> left = leftmost;
        for (int i = 0; i < n; i++) {
            Chan<Integer> right = new Chan<>();
            Chan<Integer> l = left;
            Go.go(() -> l.send(1 + right.receive()));
            left = right;
        }
        left.send(1);
        System.out.println(leftmost.receive());
        // goroutines' names are Java's thread names
        Chan<String> name = new Chan<>();
        Go.go(() -> name.send(Thread.currentThread().getName() + " daemon=" + Thread.currentThread().isDaemon()));
        System.out.println(name.receive());
    }
}
