// Channels: when several cases of a select are ready, the choice is uniformly random, as in Go:
// over 2000 selects on two always-ready channels, each is chosen between 35% and 65% of the time.
import rtgo.Chan;
import rtgo.Select;

public class ChanSelectFairness {
    public static void main(String[] args) {
        Chan<Integer> a = new Chan<>(1);
        Chan<Integer> b = new Chan<>(1);
        Select s = new Select().receive(a).receive(b);
        int[] count = new int[2];
        for (int i = 0; i < 2000; i++) {
            a.trySend(1);
            b.trySend(2);
            int k = s.select();
            count[k]++;
            if ((int) s.value() != k + 1) {
                System.out.println("wrong value for case " + k);
            }
        }
        System.out.println("a fair: " + (count[0] >= 700 && count[0] <= 1300));
        System.out.println("b fair: " + (count[1] >= 700 && count[1] <= 1300));
        System.out.println("total " + (count[0] + count[1]));
        // three ready cases, one of them a send
        Chan<Integer> c = new Chan<>(1);
        Select t = new Select().receive(a).receive(b).send(c, 3);
        int[] three = new int[3];
        for (int i = 0; i < 3000; i++) {
            a.trySend(1);
            b.trySend(2);
            c.tryReceive();
            three[t.select()]++;
        }
        boolean fair = true;
        for (int k = 0; k < 3; k++) {
            fair &= three[k] >= 700 && three[k] <= 1300;
        }
        System.out.println("three-way fair: " + fair);
    }
}
