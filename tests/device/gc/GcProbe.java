import rtgo.runtime.Heap;
import rtgo.vm.Address;

// The collector's promises, checked from inside the device (it reads the heap through the
// runtime, so it cannot run on HotSpot; GcTest compares its output with fixed text). Each check
// prints "ok <name>" or "FAIL <name> <detail>".
public class GcProbe {
    static int[] staticRoot;
    static Node staticList;

    static final class Node {
        final int value;
        final Node next;
        final int[] payload;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
            this.payload = new int[8];
            payload[7] = value * 3;
        }
    }

    static int[] filled(int n, int seed) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = seed * 31 + i;
        }
        return a;
    }

    static boolean intact(int[] a, int seed) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != seed * 31 + i) {
                return false;
            }
        }
        return true;
    }

    /** Makes about {@code bytes} of garbage. */
    static void churn(int bytes) {
        for (int made = 0; made < bytes; made += 408) {
            int[] g = filled(100, made);
            if (g[99] == -1) {
                System.out.println("never");
            }
        }
    }

    static void check(String name, boolean ok, int detail) {
        System.out.println(ok ? "ok " + name : "FAIL " + name + " " + detail);
    }

    /** A value reachable only from this frame (a register or a spill slot) while callees collect. */
    static int heldAcrossCalls() {
        int[] local = filled(200, 5);
        Node chain = null;
        for (int i = 0; i < 50; i++) {
            chain = new Node(i, chain);
            churn(4096);
        }
        System.gc();
        int sum = 0;
        for (Node n = chain; n != null; n = n.next) {
            sum += n.value + n.payload[7];
        }
        return intact(local, 5) ? sum : -1;
    }

    /** An array walked through a hoisted element base while every iteration's call collects. */
    static int interiorBase() {
        int[] a = filled(64, 11);
        int sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i];
            churn(2048);
            System.gc();
        }
        return intact(a, 11) ? sum : -1;
    }

    public static void main(String[] args) {
        int total = Heap.bytesTotal();
        check("heap-size", total > 200 * 1024, total);

        staticRoot = filled(300, 3);
        for (int i = 0; i < 20; i++) {
            staticList = new Node(i, staticList);
        }
        int freeBefore = Heap.bytesFree();
        churn(20 * total); // twenty heaps of garbage: collections must reclaim it
        System.gc(); // (what was made since the last collection is garbage, not yet free)
        check("garbage-reclaimed", Heap.bytesFree() > total / 2, Heap.bytesFree());
        check("static-array", intact(staticRoot, 3), 0);
        int n = 0;
        for (Node p = staticList; p != null; p = p.next) {
            n += p.payload[7] == p.value * 3 ? 1 : 0;
        }
        check("static-list", n == 20, n);

        int held = heldAcrossCalls();
        check("register-and-slot-roots", held == 1225 + 3 * 1225, held);
        int interior = interiorBase();
        check("interior-pointer", interior == 64 * 11 * 31 + 2016, interior);

        // memory freed is memory reused: the same garbage again and again fits in the heap
        int[] first = filled(1000, 1);
        int firstAddress = Address.of(first);
        first = null;
        System.gc();
        int[] again = filled(1000, 2);
        check("reuse", Address.of(again) == firstAddress || Heap.bytesFree() > freeBefore / 2, Address.of(again) - firstAddress);

        // System.gc with nothing to free leaves every live object as it was
        System.gc();
        System.gc();
        check("repeated-gc", intact(staticRoot, 3) && intact(again, 2), 0);

        // out of memory is an exception the program survives
        Node hoard = null;
        boolean caught = false;
        try {
            while (true) {
                hoard = new Node(1, hoard);
            }
        } catch (OutOfMemoryError e) {
            caught = e.getMessage().equals("Java heap space");
        }
        hoard = null;
        check("out-of-memory", caught, 0);
        churn(4 * total);
        System.gc();
        check("after-out-of-memory", intact(staticRoot, 3) && Heap.bytesFree() > total / 2, Heap.bytesFree());
    }
}
