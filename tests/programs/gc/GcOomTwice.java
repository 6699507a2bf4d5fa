// Runs out of memory, catches the error, and keeps allocating while the heap is still full:
// every further failure must again be a catchable OutOfMemoryError. HotSpot never fills its
// heap within the caps, so nothing printed depends on where the errors happen.
public class GcOomTwice {
    static class Node { Node next; final int id; final int[] data;
        Node(Node n, int id, int k) { next = n; this.id = id; data = new int[k]; for (int i = 0; i < k; i++) data[i] = id + i; } }
    static Node head;
    static int made;
    static void fill(int cap, int k) {
        try { while (made < cap) { head = new Node(head, made, k); made++; } } catch (OutOfMemoryError e) { }
    }
    static int verify() {
        int bad = 0, n = 0, expect = made - 1;
        for (Node c = head; c != null; c = c.next, expect--) { n++; if (c.id != expect) bad++; for (int i = 0; i < c.data.length; i++) if (c.data[i] != c.id + i) bad++; }
        return n == made ? bad : bad + 100000;
    }
    public static void main(String[] args) {
        for (int round = 0; round < 3; round++) {
            head = null; made = 0;
            fill(20000, 30);                          // big nodes until the cap or OOM
            for (int i = 0; i < 5; i++) {             // the heap is (on the device) still full
                try { int[] x = new int[1000 + i]; x[0] = 1; } catch (OutOfMemoryError e) { }
            }
            fill(made + 5000, 1);                     // small nodes squeezed into what is left
            fill(made + 5000, 0);
            int bad = verify();
            head = null;
            System.out.println("round " + round + " bad=" + bad);
        }
    }
}
