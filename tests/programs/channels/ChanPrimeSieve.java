// Channels: Go's concurrent prime sieve. A generator feeds 2, 3, 4... into a daisy chain of filter
// goroutines, one per prime found, each dropping the multiples of its prime.
import rtgo.Chan;
import rtgo.Go;

public class ChanPrimeSieve {
    static void generate(Chan<Integer> ch) {
        for (int i = 2;; i++) {
            ch.send(i);
        }
    }

    static void filter(Chan<Integer> in, Chan<Integer> out, int prime) {
        for (;;) {
            int i = in.receive();
            if (i % prime != 0) {
                out.send(i);
            }
        }
    }

    public static void main(String[] args) {
        Chan<Integer> ch = new Chan<>();
        Chan<Integer> first = ch;
        Go.go(() -> generate(first));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            int prime = ch.receive();
            sb.append(prime).append(i < 19 ? " " : "");
            Chan<Integer> in = ch;
            Chan<Integer> out = new Chan<>();
            Go.go(() -> filter(in, out, prime));
            ch = out;
        }
        System.out.println(sb);
    }
}
