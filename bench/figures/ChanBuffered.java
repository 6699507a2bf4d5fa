/*
 * Figure (ci/figures): the cycles of 1000 send+receive pairs on a buffered channel by one thread
 * (no switch, no waiting: the ring buffer's cost plus two critical sections). Divide by 1000 for
 * one send+receive.
 */
import rtgo.Chan;

public class ChanBuffered {
    public static void main(String[] args) {
        Chan<Integer> c = new Chan<>(8);
        Integer one = 1;
        c.send(one);
        c.receive();
        System.out.println("BEGIN");
        int n = 0;
        for (int i = 0; i < 1000; i++) {
            c.send(one);
            n += c.receive();
        }
        System.out.print("END ");
        System.out.println(n);
    }
}
