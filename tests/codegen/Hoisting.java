// Codegen expectations for loop-invariant code motion (see CodegenTest).
public class Hoisting {
    static int scale = 3;

    // The constant 100000 needs a literal-pool load: it is made once, before the loop.
    // thumb: ldr r\d, \.LF\d+_lit
    // thumb-loop: -ldr r\d, \.LF\d+_lit
    static int addBig(int[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * 100000;
        }
        return s;
    }

    // The element base (a + 8) is computed before the loop; the loop indexes from it.
    // thumb: adds r\d, #8
    // thumb-loop: -adds r\d, #8
    // thumb-loop: ldr r\d, \[r\d, r\d\]
    static int elementBase(int[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i++) {
            s ^= a[i];
        }
        return s;
    }

    // The null check and the length of b (a load, [b, #4]) do not vary in the loop: both move out.
    // thumb: ldr r\d, \[r\d, #4\]
    // thumb-loop: -ldr r\d, \[r\d, #4\]
    // thumb-loop: -beq
    static int lengthOfOther(int[] b, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += b.length + i;
        }
        return s;
    }

    // A static field read in a loop that stores nothing: its load moves out of the loop.
    // thumb-loop: -ldr r\d, \.LF\d+_lit
    // thumb-loop: -ldr r\d, \[r\d, #0\]
    static int staticInLoop(int[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * scale;
        }
        return s;
    }

    // The same with a store to an element in the loop: an int element is not a static field.
    // thumb-loop: -ldr r\d, \.LF\d+_lit
    static int staticWithStores(int[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i++) {
            a[i] = s;
            s += scale;
        }
        return s;
    }

    // An element at a fixed index of an array the loop never stores to: its null and bounds checks
    // and the load itself move out of the loop.
    // thumb-loop: -bhs
    // thumb-loop: -beq
    // thumb-loop: -ldr r\d, \[r\d, #8\]
    static int firstInLoop(int[] a, int[] b) {
        int s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[0];
        }
        return s;
    }

    // A store to an int element in the loop may write b[0] (a and b may be one array): it is
    // loaded again in every iteration.
    // thumb-loop: ldr r\d, \[r\d, #8\]
    static int firstAfterStore(int[] a, int[] b) {
        int s = 0;
        for (int i = 0; i < a.length; i++) {
            a[i] = s;
            s += b[0];
        }
        return s;
    }

    // A shift by an amount the loop does not change: Java's amount & 31 (a shift pair, lsls #27
    // then lsrs #27) is made once, before the loop (rtgo.opt.ShiftAmounts), not beside the shift in
    // every iteration.
    // thumb: lsls r\d, r\d, #27
    // thumb-loop: -lsls r\d, r\d, #27
    // thumb-loop: lsrs r\d, r\d$
    static int shiftByInvariant(int[] a, int s) {
        int h = 0;
        for (int i = 0; i < a.length; i++) {
            h += a[i] >>> s;
        }
        return h;
    }

    public static void main(String[] args) {
        int[] a = new int[args.length + 5];
        System.out.println(addBig(a) + elementBase(a) + lengthOfOther(a, args.length + 2) + staticInLoop(a) + staticWithStores(a)
                + firstInLoop(a, a) + firstAfterStore(a, a) + shiftByInvariant(a, args.length + 3));
    }
}
