// Fills the heap with small objects. HotSpot (GBs of heap) never runs out within the
// loop; the device (bump allocator, ~200 KB) does, and must throw OutOfMemoryError
// that the catch below handles. Output is designed to be the same either way.
public class ExHeapExhaust {
    static int[] sink;
    static int caughtOom;

    static void fill(int rounds) {
        for (int i = 0; i < rounds; i++) {
            sink = new int[6];
            sink[0] = i;
        }
    }

    public static void main(String[] args) {
        System.out.println("start");
        try {
            fill(200000);
        } catch (OutOfMemoryError e) {
            caughtOom++;
        }
        System.out.println("after fill");
        try {
            fill(200000);
        } catch (OutOfMemoryError e) {
            caughtOom++;
        }
        System.out.println("done");
    }
}
