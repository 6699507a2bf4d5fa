import rtgo.Chan;
import rtgo.Go;
import rtgo.Select;

/**
 * Goroutines and channels on a bare RP2040: a pipeline of three goroutines (generate numbers,
 * keep the primes, square them) joined by channels, a fan-in of two such pipelines, and a select
 * with a timeout that notices when nothing more comes. It prints exactly the same on the desktop
 * JVM, where the rtgo API runs over java.util.concurrent.
 *
 *   ./rtgo run examples/channels                                          (emulated Pico)
 *   javac -cp api/target/classes -d /tmp/p examples/channels/Pipeline.java
 *   java -cp /tmp/p:api/target/classes Pipeline                           (desktop JVM)
 */
public class Pipeline {
    /** Sends from, from + 1, ... to - 1, then closes. */
    static Chan<Integer> generate(int from, int to) {
        Chan<Integer> out = new Chan<>();
        Go.go(() -> {
            for (int i = from; i < to; i++) {
                out.send(i);
            }
            out.close();
        });
        return out;
    }

    /** Passes on the primes among its input. */
    static Chan<Integer> primes(Chan<Integer> in) {
        Chan<Integer> out = new Chan<>(4);
        Go.go(() -> {
            for (int n : in) {
                boolean prime = n >= 2;
                for (int d = 2; d * d <= n && prime; d++) {
                    prime = n % d != 0;
                }
                if (prime) {
                    out.send(n);
                }
            }
            out.close();
        });
        return out;
    }

    /** Squares its input. */
    static Chan<Integer> square(Chan<Integer> in) {
        Chan<Integer> out = new Chan<>();
        Go.go(() -> {
            for (int n : in) {
                out.send(n * n);
            }
            out.close();
        });
        return out;
    }

    public static void main(String[] args) {
        System.out.print("squared primes below 60:");
        for (int v : square(primes(generate(0, 60)))) {
            System.out.print(" " + v);
        }
        System.out.println();

        // fan-in: two pipelines into one select loop; a closed input is switched off (null case)
        Chan<Integer> low = primes(generate(0, 500));
        Chan<Integer> high = primes(generate(500, 1000));
        Select s = new Select().receive(low).receive(high).timeout(1000);
        int[] count = new int[2];
        int open = 2;
        while (open > 0) {
            int k = s.select();
            if (k == Select.TIMEOUT) {
                System.out.println("timed out");
                break;
            }
            if (s.value() == null) {
                s.channel(k, null);
                open--;
            } else {
                count[k]++;
            }
        }
        System.out.println("primes below 500: " + count[0] + ", from 500 to 999: " + count[1]);
    }
}
