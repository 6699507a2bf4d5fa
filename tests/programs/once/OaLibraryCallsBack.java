// A program method that allocates, called once directly and once more by the class library through
// an interface (Optional.orElseGet, Map.computeIfAbsent): the library's call is a second caller, so
// the two arrays must differ.
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

public class OaLibraryCallsBack {
    static final class Source implements Supplier<int[]>, Function<String, long[]> {
        int calls;

        public int[] get() {
            int[] a = new int[4];
            for (int i = 0; i < a.length; i++) {
                a[i] = a[i] + calls * 10 + i;
            }
            calls++;
            return a;
        }

        public long[] apply(String k) {
            long[] a = new long[2];
            for (int i = 0; i < k.length(); i++) {
                a[0] = a[0] * 31 + k.charAt(i) + a[1];
            }
            a[1]++;
            return a;
        }
    }

    public static void main(String[] args) {
        Source s = new Source();
        int[] first = s.get();
        Optional<int[]> none = Optional.empty();
        int[] second = none.orElseGet(s);
        System.out.println((first == second) + " " + first[1] + " " + second[1]);
        long[] direct = s.apply("ab");
        Map<String, long[]> m = new HashMap<>();
        long[] viaMap = m.computeIfAbsent("cd", s);
        System.out.println((direct == viaMap) + " " + direct[0] + " " + direct[1] + " " + viaMap[0] + " " + viaMap[1]);
    }
}
