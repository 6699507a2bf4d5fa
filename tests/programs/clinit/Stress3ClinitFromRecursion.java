// A class first touched at the bottom of a 10-deep recursion; its initialiser allocates an array
// whose size comes out negative: the report is ExceptionInInitializerError with all the recursive
// frames, then NegativeArraySizeException in the initialiser and "... 12 more".
public class Stress3ClinitFromRecursion {
    static int size = -4;

    static class Buffer {
        static int[] data = new int[size * 2];
    }

    static int down(int n, int acc) {
        if (n == 0) {
            return acc + Buffer.data.length;
        }
        return down(n - 1, acc + n);
    }

    public static void main(String[] args) {
        System.out.println("descending");
        System.out.println(down(10, 0));
    }
}
