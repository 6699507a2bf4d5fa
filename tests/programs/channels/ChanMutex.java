// Channels: a channel with a buffer of one as a mutex around a plain counter; five goroutines
// increment it 300 times each and signal a WaitGroup-like done channel.
import rtgo.Chan;
import rtgo.Go;

public class ChanMutex {
    static int counter;

    public static void main(String[] args) {
        Chan<Boolean> mutex = new Chan<>(1);
        Chan<Boolean> done = new Chan<>(5);
        for (int g = 0; g < 5; g++) {
            Go.go(() -> {
                for (int i = 0; i < 300; i++) {
                    mutex.send(true);
                    int c = counter;
                    if ((i & 15) == 0) {
                        Thread.yield(); // let the others try the lock while it is held
                    }
                    counter = c + 1;
                    mutex.receive();
                }
                done.send(true);
            });
        }
        for (int g = 0; g < 5; g++) {
            done.receive();
        }
        System.out.println("counter " + counter);
    }
}
