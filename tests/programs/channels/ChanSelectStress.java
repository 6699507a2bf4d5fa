// Channels: many goroutines at once. Four producers send 300 values each over two channels chosen
// by select; three consumers select over both with a timeout; whatever the scheduling (time
// slices included), every value arrives exactly once.
import rtgo.Chan;
import rtgo.Go;
import rtgo.Select;

public class ChanSelectStress {
    public static void main(String[] args) {
        Chan<Integer> a = new Chan<>();
        Chan<Integer> b = new Chan<>(3);
        Chan<Boolean> producersDone = new Chan<>(4);
        Chan<long[]> consumed = new Chan<>(3);
        Chan<Boolean> stop = new Chan<>();
        for (int p = 0; p < 4; p++) {
            int base = p * 1000;
            Go.go(() -> {
                Select s = new Select().send(a, 0).send(b, 0);
                for (int i = 0; i < 300; i++) {
                    Integer v = base + i;
                    s.value(0, v).value(1, v);
                    s.select();
                }
                producersDone.send(true);
            });
        }
        for (int c = 0; c < 3; c++) {
            Go.go(() -> {
                Select s = new Select().receive(a).receive(b).receive(stop).timeout(50);
                long sum = 0;
                long n = 0;
                for (;;) {
                    int k = s.select();
                    if (k == 0 || k == 1) {
                        sum += s.<Integer>value();
                        n++;
                    } else if (k == 2) {
                        break;
                    }
                }
                consumed.send(new long[] {n, sum});
            });
        }
        for (int p = 0; p < 4; p++) {
            producersDone.receive();
        }
        stop.close();
        long n = 0;
        long sum = 0;
        for (int c = 0; c < 3; c++) {
            long[] r = consumed.receive();
            n += r[0];
            sum += r[1];
        }
        long expected = 0;
        for (int p = 0; p < 4; p++) {
            for (int i = 0; i < 300; i++) {
                expected += p * 1000 + i;
            }
        }
        System.out.println("received " + n + " values, sum " + sum + ", expected " + expected);
    }
}
