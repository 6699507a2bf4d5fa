// BlockingQueue producer/consumer: an ArrayBlockingQueue of 4 between one producer and one
// consumer (put/take with a poison pill), then a LinkedBlockingQueue's offer/poll with and without
// timeouts, remainingCapacity, drainTo and iteration in queue order.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

public class JucProducerConsumer {
    public static void main(String[] args) throws InterruptedException {
        BlockingQueue<Integer> q = new ArrayBlockingQueue<>(4);
        Thread producer = new Thread(() -> {
            try {
                for (int i = 1; i <= 50; i++) {
                    q.put(i * i);
                }
                q.put(-1);
            } catch (InterruptedException e) {
                System.out.println("producer interrupted");
            }
        });
        producer.start();
        long sum = 0;
        int count = 0;
        int max = 0;
        for (int v; (v = q.take()) != -1;) {
            sum += v;
            count++;
            if (v < max) {
                System.out.println("out of order: " + v);
            }
            max = v;
        }
        producer.join();
        System.out.println("consumed " + count + " squares, sum " + sum + ", last " + max);

        LinkedBlockingQueue<String> lq = new LinkedBlockingQueue<>(3);
        System.out.println("offer a: " + lq.offer("a"));
        System.out.println("offer b: " + lq.offer("b"));
        System.out.println("offer c: " + lq.offer("c", 10, TimeUnit.MILLISECONDS));
        System.out.println("offer d (full): " + lq.offer("d"));
        System.out.println("offer e (full, 20 ms): " + lq.offer("e", 20, TimeUnit.MILLISECONDS));
        System.out.println("size " + lq.size() + ", remaining " + lq.remainingCapacity() + ", " + lq);
        try {
            lq.add("f");
        } catch (IllegalStateException e) {
            System.out.println("add on full: " + e);
        }
        StringBuilder seen = new StringBuilder();
        for (String s : lq) {
            seen.append(s);
        }
        System.out.println("iterated " + seen + ", peek " + lq.peek());
        List<String> drained = new ArrayList<>();
        System.out.println("drained " + lq.drainTo(drained, 2) + " -> " + drained + ", left " + lq);
        System.out.println("poll " + lq.poll() + ", poll empty " + lq.poll());
        System.out.println("poll empty (15 ms): " + lq.poll(15, TimeUnit.MILLISECONDS));
        System.out.println("unbounded remaining: " + new LinkedBlockingQueue<Integer>().remainingCapacity());
        try {
            lq.put(null);
        } catch (NullPointerException e) {
            System.out.println("put null: NullPointerException");
        }
    }
}
