// Memory that value numbering and loop-invariant code motion must not treat as unchanging: two
// names for one array (a load, a store through the other name, the same load again), loads of
// static fields across calls that write them, an array reference reassigned inside a loop whose
// bound is its length, array elements used as loop bounds and changed in the body, and a static
// array field replaced by a callee in the middle of a loop.
public class StressAlias {
    static int[] field = {1, 2, 3, 4};
    static int counter;

    static int sameArray(int[] a, int[] b) {
        int x = a[0];
        b[0] = x + 10;
        int y = a[0];
        b[0] += 5;
        int z = a[0] + b[0];
        return x * 10000 + y * 100 + z;
    }

    static int lengthsAfterReassign() {
        int[] a = new int[10];
        int s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a.length * 100 + i;
            if (i == 3) a = new int[5];
        }
        return s;
    }

    static void bump() {
        counter++;
        field[1] += 100;
    }

    static void replace() {
        field = new int[]{9, 9, 9, 9, 9, 9};
    }

    static int fieldsAcrossCalls() {
        int s = 0;
        for (int i = 0; i < 5; i++) {
            int before = counter + field[1];
            bump();
            int after = counter + field[1];
            s = s * 7 + after - before;
            if (i == 2) replace();
            s += field.length;
        }
        return s;
    }

    static int elementBound() {
        int[] lim = {3};
        int s = 0;
        for (int i = 0; i < lim[0]; i++) {
            s += i;
            if (i == 1) lim[0] = 6;
        }
        return s;
    }

    static int writeThroughOther(int[] a, int[] b, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += a[1];
            b[1] = s & 255;
        }
        return s;
    }

    static int twoDimAlias() {
        int[][] m = new int[3][3];
        int[] row = m[1];
        m[1][1] = 5;
        row[1] += 3;
        int[][] n = m;
        n[1] = new int[]{7, 7, 7};
        return m[1][1] * 100 + row[1];
    }

    public static void main(String[] args) {
        int[] a = {1, 2, 3};
        System.out.println("same " + sameArray(a, a) + " " + sameArray(a, new int[1]) + " " + a[0]);
        System.out.println("reassign " + lengthsAfterReassign());
        System.out.println("fields " + fieldsAcrossCalls() + " " + counter + " " + field[1] + " " + field.length);
        System.out.println("elementBound " + elementBound());
        int[] c = {0, 1, 0};
        System.out.println("other " + writeThroughOther(c, c, 6) + " " + writeThroughOther(c, new int[2], 6) + " " + c[1]);
        System.out.println("twoDim " + twoDimAlias());
    }
}
