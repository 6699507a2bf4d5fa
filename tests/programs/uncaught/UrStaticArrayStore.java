// Uncaught NPE reported from the stack: a store into a static array field that is still null, inside
// a small helper the optimiser inlines, three frames below main; the trace lines must be HotSpot's.
public class UrStaticArrayStore {
    static long[] totals;
    static int[] ready = new int[3];

    static void put(int i, long v) {
        totals[i] = v;
    }

    static void fill(int n) {
        for (int i = 0; i < n; i++) {
            ready[i] = i * 7;
            put(i, ready[i] + 1L);
        }
    }

    static void run() {
        System.out.println("ready " + ready.length);
        fill(3);
    }

    public static void main(String[] args) {
        run();
        System.out.println("unreachable");
    }
}
