// An induction variable that overflows: i starts in range and steps by nearly 2^31 under an
// i < a.length test, so the second value wraps to a large negative index that still passes the
// loop test. Bounds-check elimination must not assume a positive step keeps i non-negative; the
// first loops (steps of 1 << 30 and 1 << 29 that leave the range without wrapping) must run fine.
public class StressIndexOverflow {
    static int walk(int[] a, int start, int step) {
        int s = 0;
        for (int i = start; i < a.length; i += step) {
            System.out.print("[" + i + "]");
            s += a[i];
        }
        System.out.println(" -> " + s);
        return s;
    }

    // Doubling: 1, 3, 7, 15, ... never wraps before it leaves a short array.
    static int doubling(int[] a) {
        int s = 0;
        for (int i = 1; i < a.length; i = i * 2 + 1) s += a[i];
        return s;
    }

    public static void main(String[] args) {
        int[] a = new int[6];
        for (int i = 0; i < a.length; i++) a[i] = 100 + i;
        walk(a, 0, 1 << 30);
        walk(a, 5, 1 << 29);
        walk(a, 2, 0x7ffffff0);
        System.out.println("doubling " + doubling(a) + " " + doubling(new int[100]));
        walk(a, 3, 0x7ffffffe);
        System.out.println("not reached");
    }
}
