/*
 * Figure (ci/figures): the cycles of one full collection with 64 KiB of live data in the default
 * heap: 1024 live nodes of 64 bytes (a 12-int payload and two references), as a list and as a
 * tree, plus as much again of garbage, then System.gc() between BEGIN and END.
 */
public class GcPause {
    static final class Node {
        Node next;
        Node child;
        final int[] payload = new int[8];
        final int id;

        Node(int id, Node next) {
            this.id = id;
            this.next = next;
            payload[7] = id;
        }
    }

    static Node live;

    public static void main(String[] args) {
        // 1024 nodes of 16 + 40 bytes: 56 KiB, plus the array below: 64 KiB live
        for (int i = 0; i < 1024; i++) {
            live = new Node(i, live);
            if (i % 2 == 1) {
                live.child = live.next;
            }
            Node garbage = new Node(-i, null);
            garbage.child = garbage;
        }
        int[] table = new int[2040];
        table[0] = 1;
        System.out.println("BEGIN");
        System.gc();
        int sum = table[0];
        for (Node n = live; n != null; n = n.next) {
            sum += n.payload[7];
        }
        System.out.print("END ");
        System.out.println(sum);
    }
}
