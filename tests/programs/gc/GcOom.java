// Fills the heap up to a cap (HotSpot never reaches OOM within it, the device does), then
// releases part and verifies what it kept. Nothing printed depends on where OOM happened.
public class GcOom {
    // next is declared first: the collector pushes data last and pops it first, so its mark
    // stack stays shallow along a long list
    static class Chunk { Chunk next; final int id; final int[] data;
        Chunk(int id, int n) { this.id = id; data = new int[n]; for (int i = 0; i < n; i++) data[i] = id * 7919 + i; }
        boolean ok() { for (int i = 0; i < data.length; i++) if (data[i] != id * 7919 + i) return false; return true; } }
    static class Cell { int v; Cell next; Cell(int v, Cell next) { this.v = v; this.next = next; } }
    static Chunk head;
    static int count;

    static boolean fillChunks(int cap, int size) {
        try {
            while (count < cap) { Chunk c = new Chunk(count, size); c.next = head; head = c; count++; }
            return false;
        } catch (OutOfMemoryError e) {
            return true;
        }
    }
    static int verify() {
        int bad = 0, n = 0;
        for (Chunk c = head; c != null; c = c.next) { if (!c.ok()) bad++; n++; }
        return n == count ? bad : bad + 1000;
    }
    static void dropEveryOther() {
        int kept = 0;
        for (Chunk c = head; c != null; c = c.next) { if (c.next != null) c.next = c.next.next; }
        for (Chunk c = head; c != null; c = c.next) kept++;
        count = kept;
    }
    static Cell cells;
    static int cellCount;
    static void fillCells(int cap) {
        try { while (cellCount < cap) { cells = new Cell(cellCount, cells); cellCount++; } } catch (OutOfMemoryError e) { }
    }
    static int deepAlloc(int d, Cell keep) {
        Cell mine = new Cell(d, keep);
        if (d == 0) { Chunk l = null; for (int i = 0; i < 4000; i++) { Chunk c = new Chunk(i, 64); c.next = l; l = c; } return l.id + 1; }
        return deepAlloc(d - 1, mine) + (mine.v == d ? 0 : 1);
    }

    public static void main(String[] args) {
        // after each fill, nothing is allocated until part of the heap is released
        for (int cycle = 0; cycle < 3; cycle++) {
            head = null; count = 0;
            fillChunks(3000, 60 + cycle * 30);      // ~250 KB on the device is reached long before the cap
            int badFilled = verify();
            dropEveryOther();
            System.out.println("cycle " + cycle + " filled, bad=" + badFilled);
            System.out.println("cycle " + cycle + " halved, bad=" + verify());
            int before = count;
            fillChunks(before + 1000, 40);           // refill the holes (smaller chunks fit them)
            int badRefilled = verify();
            boolean grew = count > before;
            dropEveryOther();
            System.out.println("cycle " + cycle + " refilled, bad=" + badRefilled + " grew=" + grew);
            StringBuilder sb = new StringBuilder();
            try { for (int i = 0; i < 100000; i++) sb.append("xyz").append(i); } catch (OutOfMemoryError e) { }
            boolean sbOk = true;
            String expect = "xyz0xyz1xyz2xyz3";
            for (int i = 0; i < expect.length() && i < sb.length(); i++) if (sb.charAt(i) != expect.charAt(i)) sbOk = false;
            sb = null;
            System.out.println("cycle " + cycle + " sb ok=" + sbOk + " chunks bad=" + verify());
        }
        head = null;
        System.gc();
        // OOM thrown deep in a recursion; every frame's object must survive the unwinding
        Cell keep = new Cell(-1, null);
        int res;
        try { res = deepAlloc(30, keep); } catch (OutOfMemoryError e) { res = 4000; }
        System.out.println("deep " + res + " keep=" + keep.v);
        // many tiny objects up to the cap, then the same after dropping half of them
        fillCells(200000);
        int expected = cellCount - 1, bad = 0;
        for (Cell c = cells; c != null; c = c.next) { if (c.v != expected) bad++; expected--; }
        for (Cell c = cells; c != null && c.next != null; c = c.next) c.next = c.next.next;
        System.out.println("cells filled, bad=" + bad + " end=" + expected);
        String msg = null;
        try { int[] big = new int[Integer.MAX_VALUE - 8]; msg = "no error " + big.length; } catch (OutOfMemoryError e) { msg = e.getMessage(); }
        System.out.println("huge request: " + msg);
        int before = 0;
        for (Cell c = cells; c != null; c = c.next) before++;
        fillCells(cellCount + 100000);
        int n = 0, mono = 0, prev = Integer.MAX_VALUE;
        for (Cell c = cells; c != null; c = c.next) { n++; if (c.v < prev) mono++; prev = c.v; }
        cells = null;
        System.out.println("cells refilled, decreasing=" + (mono == n) + " grew=" + (n > before));
        int[] after = new int[10000];
        after[9999] = 5;
        System.out.println("after all " + after[9999]);
    }
}
