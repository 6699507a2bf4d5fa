// A singly linked list whose nodes hold a payload reference declared before next: marking it
// depth first leaves one payload per node on the mark stack.
public class GcListPayload {
    static class Node { final int v; final int[] payload; Node next; Node(int v) { this.v = v; payload = new int[] { v, v * v }; } }
    static int churn(int kb) {
        int acc = 0;
        for (int k = 0; k < kb; k++) { int[] a = new int[250]; a[k % 250] = k; acc += a[k % 250]; }
        return acc & 1;
    }
    public static void main(String[] args) {
        int[] lengths = { 100, 200, 300, 1000 };
        for (int r = 0; r < lengths.length; r++) {
            Node head = null;
            for (int i = 0; i < lengths[r]; i++) { Node n = new Node(i); n.next = head; head = n; }
            churn(600);
            int s = 0, count = 0;
            for (Node n = head; n != null; n = n.next) { s = s * 31 + n.v + n.payload[1]; count++; }
            System.out.println("list " + lengths[r] + " count=" + count + " sum=" + s);
        }
    }
}
