// Bounds-check elimination at its edges: loops counting down by 1, 2 and 3 from length-1, i <= len-1,
// an index i-1 and i+1 next to a proven i, a bound taken from another (shorter or longer) array,
// a mask that keeps the index in range, an index that is a phi of two in-range values, a loop whose
// index starts at Integer.MAX_VALUE - 2 and wraps, and finally a loop that reads one element past
// the end after summing and printing the elements before it.
public class Stress2BceEdges {
    static int down(int[] a, int step) {
        int s = 0;
        for (int i = a.length - 1; i >= 0; i -= step) s = s * 3 + a[i];
        return s;
    }

    static int lessEq(int[] a) {
        int s = 0;
        for (int i = 0; i <= a.length - 1; i++) s += a[i] * (i + 1);
        return s;
    }

    static int neighbours(int[] a) {
        int s = 0;
        for (int i = 1; i < a.length - 1; i++) s += a[i - 1] - 2 * a[i] + a[i + 1];
        return s;
    }

    static int otherLength(int[] a, int[] b) {
        int s = 0;
        for (int i = 0; i < b.length; i++) s += a[i] ^ b[i];
        return s;
    }

    static int masked(int[] a, int n) {
        int s = 0;
        for (int i = -n; i < n; i++) s += a[i & 7];
        return s;
    }

    static int phiIndex(int[] a, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            int k = (i & 1) == 0 ? 0 : a.length - 1;
            s += a[k] * i;
        }
        return s;
    }

    static int wrapping(int[] a) {
        int s = 0;
        int count = 0;
        for (int i = Integer.MAX_VALUE - 2; i != Integer.MIN_VALUE + 3; i++) {
            count++;
            if (i >= 0 && i < a.length) s += a[i];
            s += i & 3;
        }
        return s * 100 + count;
    }

    static int byTwoUp(int[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i += 2) s += a[i];
        for (int i = 1; i < a.length; i += 2) s -= a[i];
        return s;
    }

    static int startMid(int[] a, int from) {
        int s = 0;
        for (int i = from; i < a.length; i++) s += a[i];
        for (int i = from; i >= 0 && i < a.length; i--) s += a[i] * 10;
        return s;
    }

    static void pastEnd(int[] a) {
        int s = 0;
        for (int i = 0; i <= a.length; i++) {
            s += a[i];
            System.out.println("element " + i + " sum " + s);
        }
    }

    public static void main(String[] args) {
        int[] a = {3, 1, 4, 1, 5, 9, 2, 6};
        int[] b = {2, 7, 1};
        for (int step = 1; step <= 3; step++) System.out.println("down " + step + " " + down(a, step) + " " + down(b, step));
        System.out.println("lessEq " + lessEq(a) + " " + lessEq(new int[0]));
        System.out.println("neighbours " + neighbours(a) + " " + neighbours(b) + " " + neighbours(new int[1]));
        System.out.println("other " + otherLength(a, b));
        System.out.println("masked " + masked(a, 5));
        System.out.println("phiIndex " + phiIndex(a, 7) + " " + phiIndex(b, 4));
        System.out.println("wrapping " + wrapping(a));
        System.out.println("byTwo " + byTwoUp(a) + " " + byTwoUp(b));
        System.out.println("startMid " + startMid(a, 5) + " " + startMid(a, 8) + " " + startMid(b, 0));
        pastEnd(b);
    }
}
