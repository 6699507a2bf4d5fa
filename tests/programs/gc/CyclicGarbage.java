// Garbage with cycles: doubly linked rings, a node pointing to itself, parent<->child back
// references, and objects whose only references come from each other must all be reclaimed (a
// reference-counting collector would leak them and run out of heap); meanwhile one ring stays
// reachable through a single external pointer into the middle of it and must survive.
public class CyclicGarbage {
    static class Ring {
        final int v; Ring next, prev; int[] weight = new int[4];
        Ring(int v) { this.v = v; next = prev = this; weight[v & 3] = v; }
        Ring insert(int v) {
            Ring n = new Ring(v);
            n.next = next; n.prev = this; next.prev = n; next = n;
            return n;
        }
    }

    static class Parent {
        Child[] kids = new Child[3];
        int tag;
    }

    static class Child {
        final Parent parent; final int n;
        Child(Parent p, int n) { parent = p; this.n = n; }
    }

    static int makeRing(int size, int seed) {
        Ring r = new Ring(seed);
        Ring cur = r;
        for (int i = 1; i < size; i++) cur = cur.insert(seed + i);
        int s = 0;
        Ring p = r;
        do { s += p.v + p.weight[p.v & 3]; p = p.next; } while (p != r);
        return s;
    }

    static int family(int n) {
        Parent p = new Parent();
        p.tag = n;
        for (int i = 0; i < 3; i++) p.kids[i] = new Child(p, n + i);
        return p.kids[2].parent.kids[1].n;
    }

    public static void main(String[] args) {
        Ring kept = new Ring(0);
        for (int i = 1; i < 50; i++) kept.insert(i);
        Ring handle = kept.next.next.next; // keep only a middle node
        kept = null;
        int keptSum = 0;
        Ring p = handle;
        do { keptSum += p.v; p = p.next; } while (p != handle);
        System.out.println("kept ring sum " + keptSum);
        int total = 0;
        for (int round = 1; round <= 8; round++) {
            for (int i = 0; i < 25; i++) total += makeRing(40, round * 100 + i);
            for (int i = 0; i < 200; i++) total += family(i);
            for (int i = 0; i < 100; i++) { Ring self = new Ring(i); self.next = self; total += self.next.v; }
            int now = 0;
            p = handle;
            do { now += p.v; p = p.prev; } while (p != handle);
            System.out.println("round " + round + " total " + total + " kept ring " + (now == keptSum ? "intact" : "BROKEN " + now));
        }
        int len = 0;
        p = handle;
        do { len++; p = p.next; } while (p != handle);
        System.out.println("kept ring length " + len + ", handle " + handle.v + ", neighbours " + handle.prev.v + " " + handle.next.v);
    }
}
