// Objects reachable only through array elements: an Object[] of mixed element types, a 2D array
// with null holes, an array reachable only from another array, elements overwritten during churn,
// and int[]s full of pointer-like values. A collector that skips elements, stops at a null or
// treats int data as pointers loses live objects or crashes.
public class ArrayRoots {
    static class Item {
        final int id; final Item[] kids;
        Item(int id, int nkids) { this.id = id; kids = new Item[nkids]; }
    }

    static int churn(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            Item t = new Item(i, 2);
            t.kids[1] = new Item(-i, 0);
            s += t.kids[1].id;
        }
        return s;
    }

    static int walk(Object o, int depth) {
        if (o == null) return 1;
        if (o instanceof Item it) {
            int s = it.id * 7 + depth;
            for (Item k : it.kids) s += walk(k, depth + 1);
            return s;
        }
        if (o instanceof int[] ints) { int s = ints.length; for (int v : ints) s += v; return s; }
        if (o instanceof String str) return str.length() * 1000 + str.charAt(0);
        if (o instanceof Object[] arr) { int s = 3; for (Object e : arr) s = s * 31 + walk(e, depth + 1); return s; }
        return -1;
    }

    public static void main(String[] args) {
        Object[] roots = new Object[12];
        // Pointer-like integers in an int[] must not keep anything alive or confuse the collector.
        int[] fake = new int[32];
        for (int i = 0; i < fake.length; i++) fake[i] = 0x20000000 + i * 64;
        roots[0] = fake;
        roots[2] = "string element";
        Item tree = new Item(1, 3);
        tree.kids[0] = new Item(2, 1);
        tree.kids[0].kids[0] = new Item(3, 0);
        tree.kids[2] = new Item(4, 2);
        roots[5] = tree;
        tree = null;
        Object[] inner = { new Item(10, 0), null, new int[] { 9, 8, 7 }, new Object[] { "deep", new Item(11, 0) } };
        roots[11] = inner;
        inner = null;
        Item[][] grid = new Item[6][];
        for (int r = 0; r < 6; r += 2) {
            grid[r] = new Item[r + 1];
            for (int c = 0; c < grid[r].length; c += 2) grid[r][c] = new Item(r * 10 + c, 0);
        }
        roots[7] = grid;
        grid = null;
        int expected = walk(roots, 0);
        System.out.println("expected " + expected);
        for (int round = 1; round <= 6; round++) {
            int g = churn(800);
            int now = walk(roots, 0);
            System.out.println("round " + round + " churn " + g + " roots " + (now == expected ? "intact" : "CHANGED " + now));
        }
        // Overwrite elements while churning: old targets die, new ones must live.
        for (int i = 0; i < 40; i++) {
            roots[i % 3 == 0 ? 1 : i % 3 == 1 ? 4 : 9] = new Item(1000 + i, i % 4);
            ((Object[]) roots[11])[1] = new int[] { i, i };
            churn(50);
        }
        int finalSum = walk(roots, 0);
        churn(1500);
        System.out.println("after overwrites " + finalSum + " stable " + (walk(roots, 0) == finalSum));
        System.out.println("fake pointers untouched " + (fake[31] == 0x20000000 + 31 * 64) + ", grid row 4 col 4 id " + ((Item[][]) roots[7])[4][4].id);
    }
}
