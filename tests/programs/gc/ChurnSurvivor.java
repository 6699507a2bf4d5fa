// Many short-lived lists built and dropped in a loop (over 1 MB allocated in all, far more than
// the device's heap) while a long-lived ring of nodes with payload arrays must survive every
// collection intact; the ring is also mutated between rounds so a collector that moves or frees
// live objects, or misses a pointer update, breaks its checksum.
public class ChurnSurvivor {
    static class Node {
        int id; Node next; int[] payload;
        Node(int id, Node next, int size) {
            this.id = id; this.next = next;
            payload = new int[size];
            for (int i = 0; i < size; i++) payload[i] = id * 31 + i;
        }
    }

    static class Cell {
        int v; Cell next;
        Cell(int v, Cell next) { this.v = v; this.next = next; }
    }

    static int ringSum(Node start) {
        int s = 0;
        Node n = start;
        do {
            s = s * 31 + n.id;
            for (int x : n.payload) s += x;
            n = n.next;
        } while (n != start);
        return s;
    }

    static int garbageRound(int round) {
        int sum = 0;
        for (int list = 0; list < 40; list++) {
            Cell head = null;
            for (int i = 0; i < 60; i++) head = new Cell(i * round + list, head);
            for (Cell c = head; c != null; c = c.next) sum += c.v;
            int[] scratch = new int[20 + list];
            scratch[scratch.length - 1] = sum;
            sum ^= scratch[scratch.length - 1] >>> 3;
        }
        return sum;
    }

    public static void main(String[] args) {
        Node first = new Node(0, null, 4);
        Node last = first;
        for (int i = 1; i < 100; i++) { last.next = new Node(i, null, 4 + i % 8); last = last.next; }
        last.next = first;
        int expected = ringSum(first);
        System.out.println("ring built, checksum " + expected);
        int total = 0;
        for (int round = 1; round <= 30; round++) {
            total += garbageRound(round);
            if (round % 5 == 0) {
                // Replace every tenth node with a fresh one, so old and new objects mix in the ring.
                Node n = first;
                for (int k = 0; k < 100; k++) {
                    if (n.next.id % 10 == round / 5 % 10) {
                        Node old = n.next;
                        Node fresh = new Node(old.id, old.next, old.payload.length);
                        n.next = fresh;
                        if (old == first) first = fresh;
                    }
                    n = n.next;
                }
                int now = ringSum(first);
                System.out.println("round " + round + ": garbage sum " + total + ", ring " + (now == expected ? "intact" : "CORRUPT " + now));
            }
        }
        Node n = first;
        int count = 0, payload = 0;
        do { count++; payload += n.payload.length; n = n.next; } while (n != first);
        System.out.println("ring nodes " + count + " payload ints " + payload + " final checksum " + ringSum(first));
    }
}
