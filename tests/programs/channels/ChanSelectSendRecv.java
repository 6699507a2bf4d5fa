// Channels: select over a send and a receive case. Main buffers values between an input channel
// and an output channel in a queue, offering the head of the queue while also receiving, the way
// Go programs write an unbounded buffer; a send case on a null channel is disabled.
import java.util.ArrayDeque;
import rtgo.Chan;
import rtgo.Go;
import rtgo.Select;

public class ChanSelectSendRecv {
    public static void main(String[] args) {
        Chan<Integer> in = new Chan<>();
        Chan<Integer> out = new Chan<>();
        Chan<String> report = new Chan<>();
        Go.go(() -> {
            for (int i = 1; i <= 100; i++) {
                in.send(i);
            }
            in.close();
        });
        Go.go(() -> {
            long sum = 0;
            int n = 0;
            int last = 0;
            boolean ordered = true;
            for (int v : out) {
                ordered &= v == last + 1;
                last = v;
                sum += v;
                n++;
            }
            report.send("consumer got " + n + " values, sum " + sum + ", in order " + ordered);
        });
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        Select s = new Select().receive(in).send(null, 0);
        boolean inOpen = true;
        int received = 0;
        int sent = 0;
        while (inOpen || !queue.isEmpty()) {
            s.channel(0, inOpen ? in : null);
            if (queue.isEmpty()) {
                s.channel(1, null);
            } else {
                s.channel(1, out).value(1, queue.peekFirst());
            }
            int k = s.select();
            if (k == 0) {
                Integer v = s.value();
                if (v == null) {
                    inOpen = false;
                } else {
                    queue.addLast(v);
                    received++;
                }
            } else {
                queue.removeFirst();
                sent++;
            }
        }
        out.close();
        System.out.println("received " + received + ", sent " + sent);
        System.out.println(report.receive());
    }
}
