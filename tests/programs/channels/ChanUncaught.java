// Channels: an exception of the channel API that nobody catches. A goroutine's ends that thread
// with Java's report and the others go on; main's ends the program with status 1. The API's own
// frames are left out of the comparison (the device's channels are runtime code).
import rtgo.Chan;
import rtgo.Go;

public class ChanUncaught {
    /** A named Runnable (a lambda's trace would show its generated class on the device). */
    static final class Closer implements Runnable {
        private final Chan<String> c;

        Closer(Chan<String> c) {
            this.c = c;
        }

        @Override
        public void run() {
            c.close();
            c.close();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Chan<String> c = new Chan<>(1);
        Thread t = Go.go(new Closer(c));
        t.join();
        System.out.println("main goes on: " + c.receive());
        c.send("late");
    }
}
