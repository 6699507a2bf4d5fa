// Channels: fan-out. Main hands 200 numbers to five workers over one channel; each worker sums
// what it got and sends its partial sum and count back; the totals do not depend on who got what.
import rtgo.Chan;
import rtgo.Go;

public class ChanFanOut {
    public static void main(String[] args) {
        Chan<Integer> work = new Chan<>();
        Chan<long[]> partial = new Chan<>(5);
        for (int w = 0; w < 5; w++) {
            Go.go(() -> {
                long sum = 0;
                long count = 0;
                for (int v : work) {
                    sum += (long) v * v;
                    count++;
                }
                partial.send(new long[] {sum, count});
            });
        }
        for (int i = 1; i <= 200; i++) {
            work.send(i);
        }
        work.close();
        long sum = 0;
        long count = 0;
        for (int w = 0; w < 5; w++) {
            long[] p = partial.receive();
            sum += p[0];
            count += p[1];
        }
        System.out.println("count " + count + " sum of squares " + sum);
        System.out.println("expected " + (200L * 201 * 401 / 6));
    }
}
