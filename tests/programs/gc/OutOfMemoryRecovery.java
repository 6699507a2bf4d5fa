// Filling memory until OutOfMemoryError, catching it, dropping the data and going on. The fill
// stops at 4 MiB: the device runs out first, HotSpot may not, so nothing printed depends on where
// it stopped. Then requests no VM can satisfy (Integer.MAX_VALUE elements) fail alike everywhere,
// and after each failure allocation works again and survivors are checked.
public class OutOfMemoryRecovery {
    static class Chunk {
        final int[] data = new int[250];
        Chunk prev;
        Chunk(int seed, Chunk prev) {
            this.prev = prev;
            for (int i = 0; i < data.length; i += 25) data[i] = seed + i;
        }
        boolean valid(int seed) {
            for (int i = 0; i < data.length; i += 25) if (data[i] != seed + i) return false;
            return true;
        }
    }

    static Chunk hoard;
    static int hoarded;

    static boolean fill() {
        hoard = null;
        hoarded = 0;
        try {
            while (hoarded < 4096) {
                hoard = new Chunk(hoarded, hoard);
                hoarded++;
            }
            return false;
        } catch (OutOfMemoryError e) {
            return true;
        }
    }

    static boolean verifyHoard() {
        int seed = hoarded - 1;
        for (Chunk c = hoard; c != null; c = c.prev, seed--) if (!c.valid(seed)) return false;
        return seed == -1;
    }

    public static void main(String[] args) {
        int[] keep = new int[100];
        for (int i = 0; i < keep.length; i++) keep[i] = i * i;
        String label = "survivor-" + keep[99];
        for (int round = 1; round <= 3; round++) {
            fill(); // true when it ran out of memory: the device, not HotSpot; not printed
            boolean consistent = verifyHoard(); // allocates nothing: the heap may be full here
            hoard = null; // drop everything before printing (concatenation allocates)
            System.out.println("round " + round + ": fill stopped, hoard consistent " + consistent);
            try {
                int[] huge = new int[Integer.MAX_VALUE];
                System.out.println("impossible " + huge.length);
            } catch (OutOfMemoryError e) {
                System.out.println("  huge array: " + e.getMessage());
            }
            // Allocation works again: build and check a modest list.
            Chunk c = null;
            for (int i = 0; i < 20; i++) c = new Chunk(i * 1000, c);
            boolean ok = true;
            int i = 19;
            for (Chunk p = c; p != null; p = p.prev, i--) ok &= p.valid(i * 1000);
            System.out.println("  after recovery 20 chunks ok " + ok);
        }
        int sum = 0;
        for (int v : keep) sum += v;
        System.out.println("kept array sum " + sum + " label " + label);
        try {
            Object[] tooBig = new Object[Integer.MAX_VALUE];
            System.out.println("impossible " + tooBig.length);
        } catch (OutOfMemoryError e) {
            System.out.println("object array: " + e);
        }
        try {
            int[][] grid = new int[4][Integer.MAX_VALUE];
            System.out.println("impossible " + grid.length);
        } catch (OutOfMemoryError e) {
            System.out.println("grid with an impossible row: " + e.getMessage());
        }
        System.out.println("done " + new StringBuilder("ok").append(hoarded > 0).toString());
    }
}
