// Go's concurrent prime sieve written with SynchronousQueues: a generator thread hands 2, 3, 4...
// through a rendezvous queue to a chain of filter threads, one per prime found, each passing on
// the numbers its prime does not divide. The threads are daemons, so the program ends when main
// has printed the first 30 primes, as a Go program ends with main.
import java.util.concurrent.SynchronousQueue;

public class JucPrimeSieve {
    static void daemon(Runnable r) {
        Thread t = new Thread(r);
        t.setDaemon(true);
        t.start();
    }

    static void generate(SynchronousQueue<Integer> ch) {
        daemon(() -> {
            try {
                for (int i = 2;; i++) {
                    ch.put(i);
                }
            } catch (InterruptedException e) {
                // not reached
            }
        });
    }

    static void filter(SynchronousQueue<Integer> in, SynchronousQueue<Integer> out, int prime) {
        daemon(() -> {
            try {
                for (;;) {
                    int i = in.take();
                    if (i % prime != 0) {
                        out.put(i);
                    }
                }
            } catch (InterruptedException e) {
                // not reached
            }
        });
    }

    public static void main(String[] args) throws InterruptedException {
        SynchronousQueue<Integer> ch = new SynchronousQueue<>();
        generate(ch);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            int prime = ch.take();
            sb.append(prime).append(i % 10 == 9 ? "\n" : " ");
            SynchronousQueue<Integer> next = new SynchronousQueue<>();
            filter(ch, next, prime);
            ch = next;
        }
        System.out.print(sb);
        System.out.println("size " + ch.size() + ", isEmpty " + ch.isEmpty() + ", " + ch + ", offer with no taker: " + new SynchronousQueue<String>().offer("x"));
    }
}
