// Evaluation order around failing checks: the array reference of a store is pushed before the
// index and the value are computed, but only checked by the store itself, after both calls have
// printed; a division's divisor call prints before the zero check; the receiver of charAt is
// checked only after its argument was evaluated. The last statement calls idx(2) and then fails
// on the null receiver.
public class Stress3EvalOrder {
    static String none;
    static int[] empty;
    static int[] arr = new int[2];

    static int idx(int v) {
        System.out.println("idx " + v);
        return v;
    }

    public static void main(String[] args) {
        arr[idx(1)] = idx(7);
        System.out.println("stored " + arr[1]);
        int q = idx(40) / idx(8);
        System.out.println("q " + q);
        String s = "abc";
        System.out.println(s.charAt(idx(1)));
        if (args.length > 0) {
            empty[idx(0)] = idx(8) / idx(0);
        }
        System.out.println(none.charAt(idx(2)));
    }
}
