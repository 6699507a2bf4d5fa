// An array store used as a value (int v = arr[i] = 9): javac duplicates the value under the array
// reference and index with dup_x2, so the null array reaching iastore was last moved by dup_x2.
// HotSpot follows stack slots through every dup form and still names the local.
public class Stress3AssignValueStore {
    static int[] none;

    static int put(int[] arr, int i, int x) {
        int v = arr[i] = x * 3;
        return v + 1;
    }

    public static void main(String[] args) {
        int[] ok = new int[4];
        System.out.println("put " + put(ok, 2, 5) + " " + ok[2]);
        int[] arr = none;
        System.out.println("again");
        int v = arr[1] = 9;
        System.out.println(v);
    }
}
