// Channels: two goroutines each select over sending to the other and receiving from the other,
// on unbuffered channels, disabling a case (null channel) once it is finished; every value sent is
// received exactly once, whatever the interleaving, and neither side deadlocks.
import rtgo.Chan;
import rtgo.Go;
import rtgo.Select;

public class ChanSelectBothWays {
    static Chan<long[]> peer(String name, Chan<Integer> out, Chan<Integer> in, int toSend) {
        Chan<long[]> report = new Chan<>(1);
        Go.go(() -> {
            Select s = new Select().send(out, 1).receive(in);
            Integer[] values = new Integer[toSend + 1];
            for (int i = 0; i <= toSend; i++) {
                values[i] = i;
            }
            int sent = 0;
            int received = 0;
            long got = 0;
            // a zero says "I am done sending"; both sides keep receiving until the other's zero
            boolean zeroSent = false;
            boolean peerDone = false;
            while (!zeroSent || !peerDone) {
                s.channel(0, zeroSent ? null : out).value(0, values[sent < toSend ? sent + 1 : 0]);
                s.channel(1, peerDone ? null : in);
                if (s.select() == 0) {
                    if (sent < toSend) {
                        sent++;
                    } else {
                        zeroSent = true;
                    }
                } else {
                    int v = s.<Integer>value();
                    if (v == 0) {
                        peerDone = true;
                    } else {
                        got += v;
                        received++;
                    }
                }
            }
            report.send(new long[] {sent, received, got});
        });
        return report;
    }

    public static void main(String[] args) {
        Chan<Integer> ab = new Chan<>();
        Chan<Integer> ba = new Chan<>();
        Chan<long[]> ra = peer("a", ab, ba, 300);
        Chan<long[]> rb = peer("b", ba, ab, 200);
        long[] a = ra.receive();
        long[] b = rb.receive();
        System.out.println("a sent " + a[0] + ", received " + a[1] + " summing " + a[2]);
        System.out.println("b sent " + b[0] + ", received " + b[1] + " summing " + b[2]);
    }
}
