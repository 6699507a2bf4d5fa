// Arrays over long[]: sort (Long.MIN_VALUE and MAX_VALUE included), toString, hashCode, equals,
// binarySearch, copyOf and a ranged fill, and a long[] inside deepToString.
import java.util.Arrays;

public class LongArraysSorted {
    public static void main(String[] args) {
        long[] a = {5L << 40, -3, 7, Long.MIN_VALUE, 0, Long.MAX_VALUE, 12345678901L};
        long[] b = a.clone();
        Arrays.sort(a);
        System.out.println(Arrays.toString(a) + " " + Arrays.hashCode(b) + " " + Arrays.equals(a, b) + " " + Arrays.binarySearch(a, 7));
        long[] c = Arrays.copyOf(a, 9);
        Arrays.fill(c, 7, 9, -1L);
        System.out.println(Arrays.toString(c));
        Object[] nested = {a, new int[] {1}};
        System.out.println(Arrays.deepToString(nested));
    }
}
