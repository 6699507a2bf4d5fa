// Regression (found in review): a bounds check must stay when the index may wrap: w < 0x7fffffff does not make w + 2 an index below an array length.
public class BceNoWrapConstant {
    static int f(int[] a, int w) {
        if (w >= 0 && w < 0x7fffffff) {
            int j = w + 2;
            if (j < a.length) {
                return a[j];
            }
        }
        return -1;
    }
    public static void main(String[] args) {
        int[] a = new int[4];
        a[0] = 42;
        System.out.println(f(a, 1));
        System.out.println(f(a, 0x7ffffffe));
    }
}
