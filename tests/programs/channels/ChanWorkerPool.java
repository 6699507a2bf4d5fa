// Channels: a worker pool. Jobs (records) go out on a buffered channel to three workers, results
// come back tagged with the job id and are stored by id, so the printout is in job order.
import rtgo.Chan;
import rtgo.Go;

public class ChanWorkerPool {
    record Job(int id, int n) {}

    record Result(int id, int worker, long value) {}

    static long collatzSteps(long n) {
        long steps = 0;
        while (n != 1) {
            n = (n & 1) == 0 ? n / 2 : 3 * n + 1;
            steps++;
        }
        return steps;
    }

    public static void main(String[] args) {
        Chan<Job> jobs = new Chan<>(8);
        Chan<Result> results = new Chan<>(8);
        for (int w = 0; w < 3; w++) {
            int worker = w;
            Go.go(() -> {
                for (Job j : jobs) {
                    results.send(new Result(j.id(), worker, collatzSteps(j.n())));
                }
            });
        }
        int n = 24;
        Go.go(() -> {
            for (int i = 0; i < n; i++) {
                jobs.send(new Job(i, 27 + i * 7));
            }
            jobs.close();
        });
        long[] byId = new long[n];
        boolean[] seen = new boolean[n];
        for (int i = 0; i < n; i++) {
            Result r = results.receive();
            if (seen[r.id()]) {
                System.out.println("duplicate " + r.id());
            }
            seen[r.id()] = true;
            byId[r.id()] = r.value();
        }
        for (int i = 0; i < n; i++) {
            System.out.println("job " + i + " n=" + (27 + i * 7) + " steps=" + byId[i]);
        }
    }
}
