/*
 * Benchmark kernel: java.util as programs use it — a HashMap<Integer, Integer> counting keys with
 * merge and a method reference, lookups with getOrDefault, then an ArrayList<Integer> filled and
 * sorted with List.sort(null). Twin of bench/c/hashmapsort.c, which does the same work the way a C
 * programmer would: a chained hash table of int keys (nodes from malloc, doubling at 3/4 load,
 * 16 buckets to start, as HashMap) and a merge sort of an int array.
 *
 * What it stresses: boxing (Integer.valueOf and its cache), hashing and equals through Object's
 * slots, a lambda call per merge, node allocation and collection, interface calls (List, Map,
 * Comparable), and a stable merge sort of objects against C's of plain ints.
 */
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class HashMapSort {
    static final int INSERTS = 1500;
    static final int KEYS = 700;
    static final int SORTED = 600;

    static int rng;
    static Map<Integer, Integer> counts = new HashMap<>();
    static List<Integer> values = new ArrayList<>();

    /** xorshift32 (Marsaglia 2003); the C twin runs the same generator. */
    static int nextRandom() {
        int x = rng;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        rng = x;
        return x;
    }

    static int run() {
        for (int i = 0; i < INSERTS; i++) {
            counts.merge((nextRandom() >>> 8) % KEYS, 1, Integer::sum);
        }
        int hash = counts.size();
        for (int k = 0; k < KEYS; k++) {
            hash = hash * 31 + counts.getOrDefault(k, 0);
        }
        for (int i = 0; i < SORTED; i++) {
            values.add((nextRandom() >>> 4) % 100000);
        }
        values.sort(null);
        for (int i = 0; i < values.size(); i += 7) {
            hash = hash * 31 + values.get(i);
        }
        return hash;
    }

    public static void main(String[] args) {
        rng = 0x3C6EF372;
        System.out.println("BEGIN");
        int checksum = run();
        System.out.print("END ");
        System.out.println(checksum);
    }
}
