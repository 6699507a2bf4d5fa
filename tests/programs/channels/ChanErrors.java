// Channels: the errors. Send on a closed channel and close of a closed channel throw
// IllegalStateException with Go's panic texts; null cannot be sent; a sender blocked when the
// channel is closed gets the same exception; so does a select that picks a send on a closed channel.
import rtgo.Chan;
import rtgo.Go;
import rtgo.Select;

public class ChanErrors {
    public static void main(String[] args) throws InterruptedException {
        Chan<String> c = new Chan<>(1);
        c.close();
        try {
            c.send("x");
        } catch (IllegalStateException e) {
            System.out.println("send: " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            c.close();
        } catch (IllegalStateException e) {
            System.out.println("close: " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            new Chan<String>().send(null);
        } catch (NullPointerException e) {
            System.out.println("null: " + e.getClass().getName());
        }
        try {
            new Chan<Integer>(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("negative capacity: " + e.getClass().getName());
        }
        Chan<String> u = new Chan<>();
        Chan<String> outcome = new Chan<>(1);
        Chan<Boolean> started = new Chan<>(1);
        Go.go(() -> {
            started.send(true);
            try {
                u.send("blocked");
                outcome.send("sent");
            } catch (IllegalStateException e) {
                outcome.send("blocked sender: " + e.getMessage());
            }
        });
        started.receive();
        Thread.sleep(20);
        u.close();
        System.out.println(outcome.receive());
        Select s = new Select().send(c, "y");
        try {
            s.select();
        } catch (IllegalStateException e) {
            System.out.println("select: " + e.getMessage());
        }
        System.out.println("receive still works: " + c.receive());
    }
}
