// Codegen expectations for bounds checks (see CodegenTest): which array accesses keep their check.
public class Bounds {
    // A counted loop up to a.length: every index is proven in bounds.
    // thumb: ldr r\d, \[r\d, r\d\]
    // thumb: -bl .*arrayIndex
    // thumb-loop: -bhs
    static int sumUp(int[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i];
        }
        return s;
    }

    // Counting down from a.length - 1 to 0 is proven too.
    // thumb: ldr r\d, \[r\d, r\d\]
    // thumb: -bl .*arrayIndex
    // thumb-loop: -bhs
    static int sumDown(int[] a) {
        int s = 0;
        for (int i = a.length - 1; i >= 0; i--) {
            s += a[i] * i;
        }
        return s;
    }

    // Stores in a counted loop need no check either (a value that changes with i: a constant
    // value would make it a block fill, see InductionVars.clear).
    // thumb: strb r\d, \[r\d, r\d\]
    // thumb: -bl .*arrayIndex
    static void fill(byte[] a, int v) {
        for (int i = 0; i < a.length; i++) {
            a[i] = (byte) (v + i);
        }
    }

    // i <= a.length reads one element past the end: the check must stay (main never calls it with
    // an array, since it would throw).
    // thumb: bl .*arrayIndex
    // thumb-loop: bhs
    static int sumPastEnd(int[] a) {
        int s = 0;
        for (int i = 0; i <= a.length; i++) {
            s += a[i];
        }
        return s;
    }

    // The loop is bounded by another array's length: a[i] keeps its check, b[i] loses it, so the
    // loop holds one bounds check (an unsigned compare and branch to the stub).
    // thumb: bl .*arrayIndex
    // thumb-loop-count: bhs 1
    static int mixed(int[] a, int[] b) {
        int s = 0;
        for (int i = 0; i < b.length; i++) {
            s += a[i] + b[i];
        }
        return s;
    }

    // An index read from memory is unknown: its check stays, as an unsigned compare.
    // thumb: cmp r\d, r\d
    // thumb: bhs
    // thumb: bl .*arrayIndex
    static int lookup(int[] a, int[] idx, int k) {
        return a[idx[k & 3]];
    }

    public static void main(String[] args) {
        int[] a = new int[args.length + 8];
        int[] b = new int[args.length + 4];
        byte[] c = new byte[args.length + 3];
        fill(c, 7);
        int r = sumUp(a) + sumDown(a) + (args.length > 100 ? sumPastEnd(a) : 0) + mixed(a, b) + lookup(a, new int[] {1, 2, 3, 4}, args.length);
        System.out.println(r + c[0]);
    }
}
