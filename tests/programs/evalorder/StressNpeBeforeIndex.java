// Check order on one array access: when the array is null and the index is also out of range, the
// JVM reports the NullPointerException. The index here is provably out of range (a constant past
// any length the loop could see), so a compiler that tests bounds first would print an
// ArrayIndexOutOfBoundsException instead.
public class StressNpeBeforeIndex {
    static int probe(int[] a, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += i;
            if (i == 2) s += a[-1];
        }
        return s;
    }

    public static void main(String[] args) {
        System.out.println("short " + probe(null, 2));
        System.out.println("long");
        System.out.println(probe(null, 5));
    }
}
