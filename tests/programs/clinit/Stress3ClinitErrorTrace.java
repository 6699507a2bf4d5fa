// An Error thrown by a static initialiser is not wrapped (JLS 12.4.2): an array too large for the
// VM ("Requested array size exceeds VM limit") requested while Holder's initialiser runs, itself
// triggered by Outer's initialiser. HotSpot's report is the OutOfMemoryError with the whole stack:
// alloc, Holder.<clinit>, Outer.<clinit>, use, main -- the frames that triggered the
// initialisations included.
public class Stress3ClinitErrorTrace {
    static int size = Integer.MAX_VALUE;

    static class Holder {
        static int[] big = alloc(size);

        static int[] alloc(int n) {
            System.out.println("alloc " + n);
            return new int[n];
        }
    }

    static class Outer {
        static int len = Holder.big.length + 1;
    }

    static int use(int k) {
        return k + Outer.len;
    }

    public static void main(String[] args) {
        System.out.println("start");
        System.out.println(use(2));
    }
}
