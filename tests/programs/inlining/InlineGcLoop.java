// Inlined constructors and getters in loops that allocate enough to collect many times: the stack
// maps of the call sites inside the inlined code must name every live reference (the list's head,
// the node being built, the array), or the collector frees a live object and the sums go wrong.
public class InlineGcLoop {
    static final class Node {
        final int value;
        final Node next;
        final int[] pad;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
            this.pad = new int[6];
            pad[0] = value;
        }

        int value() {
            return value;
        }

        Node next() {
            return next;
        }

        int padded() {
            return pad[0];
        }
    }

    static Node push(Node head, int v) {
        return new Node(v, head);
    }

    static long sum(Node n) {
        long s = 0;
        while (n != null) {
            s += n.value() + n.padded();
            n = n.next();
        }
        return s;
    }

    public static void main(String[] args) {
        long total = 0;
        for (int round = 0; round < 40; round++) {
            Node head = null;
            for (int i = 0; i < 200; i++) {
                head = push(head, i + round);
                if ((i & 15) == 0) {
                    int[] garbage = new int[50];
                    garbage[3] = i;
                    total += garbage[3] - i;
                }
            }
            total += sum(head);
        }
        System.out.println(total);
    }
}
