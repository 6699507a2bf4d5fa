// Channels: closing a channel is a broadcast. Eight workers select between a work channel and a
// done channel; main hands out work, then closes done, and every worker sees it and reports.
import rtgo.Chan;
import rtgo.Go;
import rtgo.Select;

public class ChanBroadcastClose {
    public static void main(String[] args) {
        Chan<Integer> work = new Chan<>();
        Chan<Boolean> done = new Chan<>();
        Chan<int[]> reports = new Chan<>(8);
        for (int w = 0; w < 8; w++) {
            Go.go(() -> {
                Select s = new Select().receive(work).receive(done);
                int jobs = 0;
                int sum = 0;
                for (;;) {
                    if (s.select() == 0) {
                        jobs++;
                        sum += s.<Integer>value();
                    } else {
                        reports.send(new int[] {jobs, sum});
                        return;
                    }
                }
            });
        }
        for (int i = 1; i <= 100; i++) {
            work.send(i);
        }
        done.close();
        int jobs = 0;
        int sum = 0;
        for (int w = 0; w < 8; w++) {
            int[] r = reports.receive();
            jobs += r[0];
            sum += r[1];
        }
        System.out.println("8 workers reported, " + jobs + " jobs, sum " + sum);
    }
}
