// Evaluation order of an array store a[i] = v: the array and index are evaluated, then the value,
// and only then does the store check for null and bounds. The value here divides by zero, so the
// ArithmeticException must win over the NullPointerException the null array would raise, and the
// index expression's side effect must already have happened.
public class StressStoreOrder {
    static int calls;

    static int index(int k) {
        calls++;
        System.out.println("index " + k);
        return k;
    }

    public static void main(String[] args) {
        int[] a = new int[4];
        int zero = 0;
        for (int i = 0; i < 4; i++) a[index(i)] = 12 / (4 - i);
        System.out.println(a[0] + " " + a[1] + " " + a[2] + " " + a[3] + " calls " + calls);
        int[] none = null;
        for (int i = 0; i < 3; i++) {
            int d = 2 - i;
            System.out.println("d " + d);
            none[index(9)] = 100 / d;
        }
        System.out.println("not reached " + zero);
    }
}
