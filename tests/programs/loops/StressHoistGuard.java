// Loop-invariant checks that must NOT be hoisted into an unconditional position: a null array or an
// out-of-range constant index read only under a condition that never holds, in loops that run zero
// times, or after a break; invariant divisions by a zero divisor that is never reached. Each case
// prints its result; the program ends normally, so any check moved ahead of its guard shows up as a
// spurious exception. The last cases check that an invariant load is not hoisted past a store or a
// call that changes it.
public class StressHoistGuard {
    static int[] shared = {5, 6, 7};
    static int counter;

    static int guardedNull(int[] a, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            if (a != null) s += a[2];
            s += i;
        }
        return s;
    }

    static int zeroTrips(int[] a, int n, int k) {
        int s = 0;
        for (int i = 0; i < n; i++) s += a[k] + a.length;
        return s;
    }

    static int afterBreak(int[] a, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            if (i == 3) break;
            s += i;
            if (i > 10) s += a[0];
        }
        return s;
    }

    static int guardedIndex(int[] a, int n, int k) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            if (k < a.length) s += a[k];
            else s -= 1;
        }
        return s;
    }

    static int guardedDiv(int n, int d) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            if (d != 0) s += 1000 / d;
            if (i > n) s += 7 % d;
            s += i;
        }
        return s;
    }

    // The check is only reached in the last iteration, so it must not be taken in the first.
    static int lateUse(int[] a, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += i;
            if (i == n - 1 && a != null) s += a.length;
        }
        return s;
    }

    // Loop-invariant-looking loads that change inside the loop.
    static int storesInLoop() {
        int[] a = {1, 2, 3};
        int s = 0;
        for (int i = 0; i < 5; i++) {
            s += a[1];
            a[1] = a[1] * 2 + i;
        }
        return s;
    }

    static void bump() {
        counter += 3;
        shared[0]++;
    }

    static int callsInLoop() {
        int s = 0;
        for (int i = 0; i < 6; i++) {
            s += counter * 10 + shared[0];
            bump();
        }
        return s;
    }

    static int swapArrays(int n) {
        int[] p = {1, 1, 1, 1};
        int[] q = {2, 2, 2, 2};
        int s = 0;
        for (int i = 0; i < n; i++) {
            s = s * 3 + p[i & 3] + q.length;
            int[] t = p; p = q; q = t;
            if (i == 4) q = new int[7];
        }
        return s + p.length * 100 + q.length;
    }

    public static void main(String[] args) {
        int[] none = null;
        int[] three = {10, 20, 30};
        System.out.println("guardedNull " + guardedNull(none, 5) + " " + guardedNull(three, 5));
        System.out.println("zeroTrips " + zeroTrips(none, 0, 0) + " " + zeroTrips(three, 0, 99) + " " + zeroTrips(three, 2, 1));
        System.out.println("afterBreak " + afterBreak(none, 100));
        System.out.println("guardedIndex " + guardedIndex(three, 4, 3) + " " + guardedIndex(three, 4, 2));
        System.out.println("guardedDiv " + guardedDiv(5, 0) + " " + guardedDiv(5, 7) + " " + guardedDiv(0, 0));
        System.out.println("lateUse " + lateUse(none, 4) + " " + lateUse(three, 4));
        System.out.println("storesInLoop " + storesInLoop());
        System.out.println("callsInLoop " + callsInLoop() + " " + counter + " " + shared[0]);
        System.out.println("swapArrays " + swapArrays(3) + " " + swapArrays(9));
    }
}
