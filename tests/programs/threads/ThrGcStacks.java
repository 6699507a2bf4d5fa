// The collector must scan every thread's stack: four threads each keep a linked list reachable
// only from their own locals while all of them allocate garbage fast enough to force many
// collections, yielding so that collections happen while the others are switched out. Each
// thread then checks its list is intact.
public class ThrGcStacks {
    static final class Node {
        final int value;
        final Node next;
        final int[] payload;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
            this.payload = new int[] {value, value * 2};
        }
    }

    public static void main(String[] args) throws InterruptedException {
        String[] verdicts = new String[4];
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) {
            final int k = i;
            ts[i] = new Thread(() -> {
                Node head = null;
                long garbage = 0;
                for (int j = 0; j < 200; j++) {
                    head = new Node(k * 1000 + j, head);
                    for (int g = 0; g < 10; g++) {
                        int[] junk = new int[16 + g];
                        junk[0] = j;
                        garbage += junk.length;
                    }
                    if (j % 5 == 0) Thread.yield();
                }
                int count = 0;
                boolean ok = true;
                int expect = k * 1000 + 199;
                for (Node n = head; n != null; n = n.next) {
                    if (n.value != expect || n.payload[0] != expect || n.payload[1] != expect * 2) ok = false;
                    expect--;
                    count++;
                }
                verdicts[k] = "thread " + k + ": " + count + " nodes, intact " + ok + ", garbage words " + garbage;
            });
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        for (String v : verdicts) System.out.println(v);
    }
}
