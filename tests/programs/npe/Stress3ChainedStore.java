// Chained assignment a[i] = b[j] = c[k] with b null: the inner store's array reference sits under
// the value that dup_x2 copies, so it is "moved" by dup_x2 before iastore. The message must name
// the parameter b as HotSpot does. Earlier calls with a non-null b show the chain works.
public class Stress3ChainedStore {
    static void chain(int[] a, int i, int[] b, int j, int[] c, int k) {
        a[i] = b[j] = c[k] + 1;
    }

    public static void main(String[] args) {
        int[] a = new int[3];
        int[] b = new int[3];
        int[] c = {10, 20, 30};
        for (int n = 0; n < 3; n++) {
            chain(a, n, b, 2 - n, c, n);
            System.out.println("a " + a[n] + " b " + b[2 - n]);
        }
        chain(a, 0, null, 1, c, 2);
    }
}
