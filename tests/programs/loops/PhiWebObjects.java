// Attacks Simplify's redundant-phi-web rule (Simplify.phi/onlySource) where it matters most to
// the passes after it: once the web of an object or array reference in a while (true) loop with
// several back edges collapses to one value, LICM may hoist its null check, its length and loads
// of its fields or elements, GVN may share them, and scalar promotion may keep a field of it in a
// register. Each test keeps a path that breaks invariance: the reference is null on one path into
// the loop and read only in some iterations (the NPE must come after the right number of printed
// lines), it is replaced on a rare path (i == 1000000 never runs, or runs once), or a field of it
// is written by one arm only; long, double and float values cross the same loops.
public class PhiWebObjects {
    static final class Box {
        int count;
        int[] data;
        long total;
        double scale = 1.0;
        Box next;

        Box(int n) {
            data = new int[n];
            for (int i = 0; i < n; i++) data[i] = i * 3 + 1;
        }
    }

    static int[] shared = {2, 4, 6, 8};

    // the reference is null on one path into the loop; only iteration 3 reads it
    static int lateRead(boolean give, int[] src) {
        int[] a;
        if (give) a = src;
        else a = null;
        int i = 0, s = 0;
        while (true) {
            if (i < 0) continue; // never taken: a test whose jump is a back edge (webs)
            System.out.println("  lateRead iteration " + i);
            if (i == 3) {
                s += a[1];
                i++;
                continue;
            }
            if (i >= 5) break;
            if ((i & 1) == 0) {
                s += i;
                i++;
                continue;
            }
            i++;
        }
        return s;
    }

    // the length of a possibly-null array, tested at the top of each iteration after a print
    static int lengthAfterPrint(int[] a, int limit) {
        int i = 0;
        while (true) {
            if (i == -1) continue; // never taken: a test whose jump is a back edge (webs)
            System.out.println("  lengthAfterPrint " + i);
            if (i >= a.length || i >= limit) break;
            if (a[i] < 0) {
                i += 2;
                continue;
            }
            i++;
        }
        return i;
    }

    // a field of an invariant object counted by two arms; one arm also replaces the object rarely
    static String counters(Box b, Box spare, int n, int swapAt) {
        Box cur = b;
        int i = 0;
        while (true) {
            if (i < 0) continue; // never taken: a test whose jump is a back edge (webs)
            if (i >= n) break;
            if (i == swapAt) {
                cur = spare;
                i++;
                continue;
            }
            if ((i % 3) == 0) {
                cur.count += 2;
                i++;
                continue;
            }
            cur.count++;
            i++;
        }
        return "b.count=" + b.count + " spare.count=" + (spare == null ? -1 : spare.count) + " cur==b " + (cur == b);
    }

    // a field written by one arm only, read by the others: loads must not be hoisted
    static long fieldWrites(Box b, int n) {
        int i = 0;
        long acc = 0;
        while (true) {
            if (i < 0) continue; // never taken: a test whose jump is a back edge (webs)
            if (i == n) break;
            int v = b.data[i % b.data.length];
            if (v % 4 == 0) {
                b.data = new int[] {v + 1, v + 2};
                i++;
                continue;
            }
            if (v % 5 == 0) {
                b.total += v;
                acc += b.total;
                i++;
                continue;
            }
            acc = acc * 3 + v + b.data.length;
            i++;
        }
        return acc;
    }

    // a static array replaced by a call on one rare arm
    static void replaceShared() {
        shared = new int[] {100, 200};
    }

    static int staticArm(int n, int rare) {
        int i = 0, s = 0;
        while (true) {
            if (i < 0) continue; // never taken: a test whose jump is a back edge (webs)
            if (i >= n) break;
            if (i == rare) {
                replaceShared();
                i++;
                continue;
            }
            s += shared[i & 1];
            i++;
        }
        return s;
    }

    // a linked list walked with two kinds of step; the Box reference is never the same twice
    static double walk(Box head, int limit) {
        Box p = head;
        double acc = 0.25;
        float f = 0.5f;
        long l = -1;
        int steps = 0;
        while (true) {
            if (steps < 0) continue; // never taken: a test whose jump is a back edge (webs)
            if (p == null || steps == limit) break;
            steps++;
            if ((p.count & 1) == 1) {
                acc = acc * p.scale + p.count;
                p = p.next;
                continue;
            }
            if (p.count == 4) {
                f = f * 3;
                l = l << 3;
                p = p.next == null ? p.next : p.next.next;
                continue;
            }
            l += p.count;
            p = p.next;
        }
        System.out.println("  walk: steps=" + steps + " acc=" + acc + " f=" + f + " l=" + l);
        return acc + f + l;
    }

    // an outer while (true) with several continues around a counted inner loop over an array the
    // outer loop changes only when i == 1000000 (never)
    static long nested(int[] a, int[] other, int rounds) {
        long sum = 0;
        int r = 0;
        while (true) {
            if (r < 0) continue; // never taken: a test whose jump is a back edge (webs)
            if (r >= rounds) break;
            if (r == 1000000) a = other;
            if ((r & 3) == 1) {
                r++;
                continue;
            }
            for (int j = 0; j < a.length; j++) sum += (long) a[j] * (r + 1);
            if ((r & 3) == 2) {
                sum = -sum;
                r++;
                continue;
            }
            r++;
        }
        return sum;
    }

    public static void main(String[] args) {
        int[] src = {9, 8, 7};
        System.out.println("lateRead(true) = " + lateRead(true, src));
        try {
            lateRead(false, src);
        } catch (NullPointerException e) {
            System.out.println("lateRead(false): " + e.getMessage());
        }
        try {
            lateRead(true, new int[1]);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("lateRead(short): " + e.getMessage());
        }

        System.out.println("lengthAfterPrint = " + lengthAfterPrint(new int[] {1, -1, 5, 6, -2, 3}, 100));
        System.out.println("lengthAfterPrint = " + lengthAfterPrint(new int[] {1, -1, 5}, 2));
        try {
            lengthAfterPrint(null, 3);
        } catch (NullPointerException e) {
            System.out.println("lengthAfterPrint(null): " + e.getMessage());
        }

        for (int swapAt : new int[] {-1, 0, 4, 1000000}) {
            System.out.println("counters swap=" + swapAt + ": " + counters(new Box(1), new Box(1), 10, swapAt));
        }
        try {
            System.out.println(counters(new Box(1), null, 10, 6));
        } catch (NullPointerException e) {
            System.out.println("counters null spare: " + e.getMessage());
        }
        System.out.println("counters null spare unused: " + counters(new Box(1), null, 10, 50));

        Box fb = new Box(7);
        System.out.println("fieldWrites = " + fieldWrites(fb, 12) + " total=" + fb.total + " data.length=" + fb.data.length);
        System.out.println("fieldWrites = " + fieldWrites(new Box(4), 0));
        Box fz = new Box(3);
        fz.data = new int[0];
        try {
            fieldWrites(fz, 3);
        } catch (ArithmeticException e) {
            System.out.println("fieldWrites(empty): " + e.getMessage());
        }

        System.out.println("staticArm = " + staticArm(8, 1000000) + " shared.length=" + shared.length);
        System.out.println("staticArm = " + staticArm(8, 3) + " shared.length=" + shared.length);
        shared = null;
        System.out.println("staticArm = " + staticArm(0, 3));
        try {
            staticArm(4, 7);
        } catch (NullPointerException e) {
            System.out.println("staticArm(null): " + e.getMessage());
        }

        Box head = null;
        for (int k = 9; k >= 0; k--) {
            Box n = new Box(1);
            n.count = k;
            n.scale = 1.0 + k / 8.0;
            n.next = head;
            head = n;
        }
        System.out.println("walk = " + walk(head, 100));
        System.out.println("walk = " + walk(head, 3));
        System.out.println("walk = " + walk(head.next.next.next.next, 100));
        System.out.println("walk = " + walk(null, 100));

        int[] arr = {1, 2, 3, 4, 5};
        System.out.println("nested = " + nested(arr, null, 9));
        System.out.println("nested = " + nested(new int[0], arr, 5));
        try {
            nested(null, arr, 3);
        } catch (NullPointerException e) {
            System.out.println("nested(null): " + e.getMessage());
        }
        System.out.println("nested(null, 0 rounds) = " + nested(null, arr, 0));
        // escapes: the trace names lateRead and main
        lateRead(false, src);
    }
}
