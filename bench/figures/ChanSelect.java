/*
 * Figure (ci/figures): the cycles of 1000 selects over two buffered channels that are both ready
 * (a random pick, one receive), with the refill of the chosen channel; no thread switch. Divide by
 * 1000 for one two-case select plus one trySend.
 */
import rtgo.Chan;
import rtgo.Select;

public class ChanSelect {
    public static void main(String[] args) {
        Chan<Integer> a = new Chan<>(1);
        Chan<Integer> b = new Chan<>(1);
        Integer one = 1;
        a.send(one);
        b.send(one);
        Select s = new Select().receive(a).receive(b);
        s.select();
        a.trySend(one);
        b.trySend(one);
        System.out.println("BEGIN");
        int n = 0;
        for (int i = 0; i < 1000; i++) {
            int k = s.select();
            n += k;
            (k == 0 ? a : b).trySend(one);
        }
        System.out.print("END ");
        System.out.println(n > 0 && n < 1000 ? 1 : 0);
    }
}
