// Counted loops with unusual steps and bounds under loop versioning: negative constant steps,
// j += i with i > 0 (a sieve), j += i with i changed inside the loop, a bound or an array changed
// inside the loop, a do-while whose single iteration starts past the bound, zero-length arrays,
// and two names for one array, one written while the other is read.
public class RcSteps {
    static int sieve(boolean[] c, int limit) {
        int count = 0;
        for (int i = 2; i < limit; i++) {
            if (!c[i]) {
                count++;
                for (int j = i * i; j < limit; j += i) {
                    c[j] = true;
                }
            }
        }
        return count;
    }

    static int byTwoDown(int[] a, int n) {
        int s = 0;
        for (int i = n - 1; i >= 0; i -= 2) {
            s = s * 5 + a[i];
        }
        return s;
    }

    static int stepChanges(int[] a, int n) {
        int s = 0;
        int i = 1;
        for (int j = 0; j < n; j += i) {
            s += a[j];
            if (s > 10) {
                i = 3;
            }
        }
        return s;
    }

    static int boundChanges(int[] a, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += a[i];
            if (i == 2) {
                n += 4;
            }
        }
        return s;
    }

    static int arrayChanges(int[] a, int[] b, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s = s * 2 + a[i];
            if (i == 1) {
                a = b;
            }
        }
        return s;
    }

    static int doWhile(int[] a, int from, int to) {
        int i = from;
        int s = 0;
        do {
            s += a[i];
            i++;
        } while (i < to);
        return s;
    }

    static int aliased(int[] a, int[] b, int n) {
        for (int i = 1; i < n; i++) {
            b[i] = a[i - 1] + b[i];
        }
        return a[n - 1];
    }

    static void run(String what, java.util.function.IntSupplier body) {
        try {
            System.out.println(what + " = " + body.getAsInt());
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(what + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        int[] a = new int[9];
        for (int i = 0; i < a.length; i++) {
            a[i] = i + 1;
        }
        int[] b = {100, 200, 300};
        int[] empty = new int[0];
        run("sieve 100", () -> sieve(new boolean[100], 100));
        run("sieve 101 over 100", () -> sieve(new boolean[100], 101));
        run("sieve 50 over 100", () -> sieve(new boolean[100], 50));
        run("by two down 9", () -> byTwoDown(a, 9));
        run("by two down 10", () -> byTwoDown(a, 10));
        run("by two down 0", () -> byTwoDown(a, 0));
        run("step changes", () -> stepChanges(a, 9));
        run("step changes past", () -> stepChanges(a, 12));
        run("bound changes", () -> boundChanges(a, 4));
        run("bound changes past", () -> boundChanges(a, 6));
        run("array changes", () -> arrayChanges(a, b, 3));
        run("array changes past", () -> arrayChanges(a, b, 4));
        run("do-while once past", () -> doWhile(a, 12, 3));
        run("do-while once in", () -> doWhile(a, 8, 3));
        run("do-while runs", () -> doWhile(a, 2, 9));
        run("empty none", () -> byTwoDown(empty, 0));
        run("empty one", () -> byTwoDown(empty, 1));
        run("empty do-while", () -> doWhile(empty, 0, 0));
        int[] c = a.clone();
        run("aliased", () -> aliased(c, c, 9));
        int[] d = a.clone();
        run("aliased past", () -> aliased(d, d, 10));
        System.out.println(java.util.Arrays.toString(c) + " " + java.util.Arrays.toString(d));
    }
}
