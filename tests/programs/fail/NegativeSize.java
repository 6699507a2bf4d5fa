// Creating an array with a negative length throws NegativeArraySizeException; HotSpot's message is
// the length itself ("-2" here). Zero is fine.
public class NegativeSize {
    static int[] make(int n) { return new int[n]; }

    public static void main(String[] a) {
        for (int n = 2; n >= -3; n -= 2) {
            int[] xs = make(n);
            System.out.println("new int[" + n + "] has length " + xs.length);
        }
        System.out.println("not reached");
    }
}
