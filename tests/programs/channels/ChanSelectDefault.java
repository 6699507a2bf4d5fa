// Channels: select with a default case never waits; it takes a ready case when there is one, and
// a Select is reused across calls with its cases' values changed.
import rtgo.Chan;
import rtgo.Select;

public class ChanSelectDefault {
    public static void main(String[] args) {
        Chan<String> msgs = new Chan<>(2);
        Chan<String> signals = new Chan<>(1);
        Select recv = new Select().receive(msgs).orDefault();
        System.out.println("empty: " + recv.select());
        msgs.send("hello");
        int k = recv.select();
        System.out.println("ready: " + k + " " + recv.value());
        Select send = new Select().send(signals, "sig0").orDefault();
        for (int i = 0; i < 3; i++) {
            send.value(0, "sig" + i);
            int r = send.select();
            System.out.println("send " + i + ": " + (r == Select.DEFAULT ? "default" : "sent"));
        }
        System.out.println("signal: " + signals.receive());
        // a non-blocking multi-way select: only the second channel is ready
        Chan<Integer> a = new Chan<>(1);
        Chan<Integer> b = new Chan<>(1);
        b.send(42);
        Select s = new Select().receive(a).receive(b).orDefault();
        int chosen = s.select();
        System.out.println("chosen " + chosen + " value " + s.value());
        System.out.println("then " + s.select());
        System.out.println("cases " + s.cases() + " after clear " + s.clear().cases());
        System.out.println("default constant " + Select.DEFAULT + ", timeout constant " + Select.TIMEOUT);
    }
}
