// How failures of tasks are reported: a task that throws gives ExecutionException from
// Future.get with the task's exception as the cause (printed as HotSpot prints it), a checked
// exception from a Callable likewise, exceptionNow/resultNow/state, cancel(true) of a sleeping
// task (CancellationException, isCancelled), a timed get that runs out (TimeoutException), and
// invokeAll collecting successes and failures alike.
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

public class JucExecutionReport {
    static class LedgerException extends Exception {
        LedgerException(String m) {
            super(m);
        }
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Integer> boom = pool.submit(() -> {
            if (true) {
                throw new RuntimeException("boom");
            }
            return 1;
        });
        try {
            boom.get();
        } catch (ExecutionException e) {
            System.out.println(e);
            System.out.println("message: " + e.getMessage());
            System.out.println("cause: " + e.getCause());
            System.out.println("cause class: " + e.getCause().getClass().getName());
        }
        System.out.println("state " + boom.state() + ", exceptionNow " + boom.exceptionNow());
        try {
            boom.resultNow();
        } catch (IllegalStateException e) {
            System.out.println("resultNow: " + e);
        }

        Callable<String> checked = () -> {
            throw new LedgerException("unbalanced ledger");
        };
        try {
            pool.submit(checked).get(5, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            System.out.println(e.getMessage() + " / " + (e.getCause() instanceof LedgerException));
        }

        CountDownLatch started = new CountDownLatch(1);
        Future<String> sleeper = pool.submit(() -> {
            started.countDown();
            Thread.sleep(60_000);
            return "woke";
        });
        started.await();
        try {
            sleeper.get(20, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("timed get: " + e);
        }
        System.out.println("cancel: " + sleeper.cancel(true) + ", again: " + sleeper.cancel(true));
        System.out.println("cancelled " + sleeper.isCancelled() + ", done " + sleeper.isDone() + ", state " + sleeper.state());
        try {
            sleeper.get();
        } catch (CancellationException e) {
            System.out.println("get after cancel: " + e);
        }

        List<Callable<Integer>> tasks = List.of(() -> 1, () -> 2 / (args.length), () -> 3);
        for (Future<Integer> f : pool.invokeAll(tasks)) {
            try {
                System.out.println("invokeAll result " + f.get());
            } catch (ExecutionException e) {
                System.out.println("invokeAll failure " + e.getCause());
            }
        }
        System.out.println("ok after failures: " + pool.submit(() -> "still running").get());
        pool.shutdownNow();
        System.out.println("terminated " + pool.awaitTermination(5, TimeUnit.SECONDS));
    }
}
