// Loading an array element at a negative index throws ArrayIndexOutOfBoundsException with
// HotSpot's message "Index -1 out of bounds for length 4".
public class IndexNegative {
    public static void main(String[] a) {
        int[] xs = { 10, 20, 30, 40 };
        for (int i = 3; ; i--) {
            System.out.println("xs[" + i + "] = " + xs[i]);
        }
    }
}
