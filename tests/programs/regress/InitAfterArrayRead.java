// Regression (found in review): as InitAfterStaticRead, with an array element the initialiser writes.
public class InitAfterArrayRead {
    static int[] a = {1, 2};
    static int f(int[] arr, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += arr[0] + C.y;
            for (int j = 0; j < i; j++) { }
        }
        return s;
    }
    public static void main(String[] args) { System.out.println(f(a, 1)); }
}
class C {
    static int y = 5;
    static { InitAfterArrayRead.a[0] = 100; }
}
