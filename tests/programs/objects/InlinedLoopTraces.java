// Attacks stack traces through frames the inliner removed, now that calls inside the program's own
// loops get a reserved growth budget (Inliner): small helpers called in loops throw at one
// iteration (ArithmeticException, ArrayIndexOutOfBoundsException, NullPointerException with its
// helpful message, NegativeArraySizeException, ClassCastException and a program exception), from
// static, instance, interface and constructor calls, chains of three helpers, a helper with a loop
// of its own, and calls whose arguments span several lines. Each caught trace is printed in full
// (printStackTrace(System.out)): every inlined helper must keep its own frame and line, and the
// caller's line must be the call's. Then handlers inside inlined helpers: a helper's own
// try/catch that must catch at one iteration only, one that wraps and rethrows (the printed
// "Caused by:" and "... n more" count the frames the two traces share, inlined ones included),
// finally on both paths, try-with-resources whose close throws (a suppressed exception), a
// handler in the caller's loop that continues, helpers two levels deep each with a loop; and
// lambdas, anonymous and inner classes and method references called in a loop. The last one
// escapes main uncaught.
public class InlinedLoopTraces {
    static class Bad extends RuntimeException {
        final int at;
        Bad(int at) {
            super("bad value at " + at);
            this.at = at;
        }
    }

    static int div(int a, int b) { return a / b; }

    static int at(int[] a, int i) { return a[i]; }

    static int len(String s) { return s.length(); }

    static int checked(int v) {
        if (v == 13) {
            throw new Bad(v);
        }
        return v * 2;
    }

    static int outer(int v) { return middle(v + 1) + 1; }

    static int middle(int v) { return inner(v * 2) - 1; }

    static int inner(int v) { return 1000 / (v - 20); }

    static int sumTo(int[] a, int n) {
        int s = 0;
        for (int i = 0; i <= n; i++) {
            s += a[i];
        }
        return s;
    }

    static int[] sized(int n) { return new int[n]; }

    static String asString(Object o) { return (String) o; }

    interface Step { int apply(int v); }

    static class Halver implements Step {
        public int apply(int v) { return 64 / (v >> 1); }
    }

    static class Counter {
        int count;
        int[] data = new int[5];

        void bump(int i) { data[i]++; count++; }
    }

    static class Checked {
        final int v;
        Checked(int v) {
            if (v < 0) {
                throw new IllegalArgumentException("negative: " + v);
            }
            this.v = v;
        }
    }

    static int combine(int a, int b, int c) { return a * b / c; }

    static void run(int which) {
        int s = 0;
        switch (which) {
            case 0:
                for (int i = 5; i >= -5; i--) {
                    s += div(100, i);
                }
                break;
            case 1: {
                int[] a = {1, 2, 3};
                for (int i = 0; i < 10; i++) s += at(a, i);
                break;
            }
            case 2: {
                String[] words = {"a", "bb", null, "dddd"};
                for (String w : words) {
                    s += len(w);
                }
                break;
            }
            case 3:
                for (int i = 0; i < 20; i++) {
                    s += checked(i);
                }
                break;
            case 4:
                for (int i = 0; i < 20; i++) {
                    s += outer(i);
                }
                break;
            case 5: {
                int[] a = {4, 5, 6, 7};
                for (int n = 0; n < 6; n++) {
                    s += sumTo(a, n);
                }
                break;
            }
            case 6:
                for (int n = 3; n > -3; n--) {
                    s += sized(n).length;
                }
                break;
            case 7: {
                Object[] things = {"x", "yy", Integer.valueOf(3)};
                for (Object o : things) {
                    s += asString(o).length();
                }
                break;
            }
            case 8: {
                Step step = new Halver();
                for (int v = 9; v >= 0; v--) {
                    s += step.apply(v);
                }
                break;
            }
            case 9: {
                Counter c = new Counter();
                for (int i = 0; i < 8; i++) {
                    c.bump(i);
                }
                break;
            }
            case 10:
                for (int v = 3; v > -3; v--) {
                    s += new Checked(v).v;
                }
                break;
            case 11:
                for (int i = 3; i >= 0; i--) {
                    s += combine(
                            i + 1,
                            i * 2,
                            i);
                }
                break;
            default:
                break;
        }
        System.out.println("no exception, s = " + s);
    }

    static int handled;
    static int finallies;

    static int safeDiv(int a, int b) {
        try {
            return a / b;
        } catch (ArithmeticException e) {
            handled++;
            return -1;
        }
    }

    static int rethrow(int[] a, int i) {
        try {
            return a[i];
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new IllegalStateException("wrapped " + i, e);
        }
    }

    static int withFinally(int v) {
        try {
            return 60 / v;
        } finally {
            finallies++;
        }
    }

    static class Res implements AutoCloseable {
        final int id;
        Res(int id) { this.id = id; }
        @Override
        public void close() {
            if (id % 3 == 2) {
                throw new UnsupportedOperationException("close " + id);
            }
        }
    }

    static int use(int id) {
        try (Res r = new Res(id)) {
            if (id == 5) {
                throw new IllegalArgumentException("use " + id);
            }
            return r.id;
        }
    }

    static int row(int[][] grid, int r) {
        int s = 0;
        for (int c = 0; c < grid[r].length; c++) {
            s += cell(grid, r, c);
        }
        return s;
    }

    static int cell(int[][] grid, int r, int c) { return 100 / grid[r][c]; }

    interface F { int f(int x); }

    static int apply(F f, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += f.f(i);
        }
        return s;
    }

    class In {
        int k = 2;
        int run(int n) { return apply(x -> div(k * 100, x - k), n); }
    }

    static int twice(int x) {
        if (x > 6) {
            throw new IllegalStateException("x=" + x);
        }
        return 2 * x;
    }

    // lambdas, an anonymous class, an inner class's lambda and a method reference called in a
    // loop, each calling a helper that throws: the synthetic frames keep their names and lines
    static void functional() {
        try {
            System.out.println(apply(x -> div(100, x - 3), 10));
        } catch (ArithmeticException e) {
            e.printStackTrace(System.out);
        }
        F g = new F() {
            public int f(int x) { return div(x, 4 - x); }
        };
        try {
            System.out.println(apply(g, 10));
        } catch (ArithmeticException e) {
            e.printStackTrace(System.out);
        }
        try {
            System.out.println(new InlinedLoopTraces().new In().run(5));
        } catch (ArithmeticException e) {
            e.printStackTrace(System.out);
        }
        try {
            System.out.println(apply(InlinedLoopTraces::twice, 5));
            System.out.println(apply(InlinedLoopTraces::twice, 10));
        } catch (IllegalStateException e) {
            e.printStackTrace(System.out);
        }
    }

    static void handlers() {
        int s = 0;
        for (int i = -3; i <= 3; i++) {
            s += safeDiv(12, i);
        }
        System.out.println("safeDiv " + s + " handled " + handled);

        int[] data = {3, 1, 4};
        s = 0;
        try {
            for (int i = 0; i < 5; i++) {
                s += rethrow(data, i);
            }
        } catch (IllegalStateException e) {
            System.out.println("s " + s);
            e.printStackTrace(System.out);
        }

        s = 0;
        try {
            for (int v = 3; v >= -3; v--) {
                s += withFinally(v);
            }
        } catch (ArithmeticException e) {
            System.out.println("withFinally " + s + " finallies " + finallies);
            e.printStackTrace(System.out);
        }

        int failures = 0;
        s = 0;
        for (int id = 0; id < 9; id++) {
            try {
                s += use(id);
            } catch (RuntimeException e) {
                failures++;
                if (id == 5 || id == 8) {
                    e.printStackTrace(System.out);
                } else {
                    System.out.println(id + ": " + e);
                }
            }
        }
        System.out.println("use " + s + " failures " + failures);

        int[][] grid = {{1, 2, 5}, {4, 10}, {20, 0, 25}, {50}};
        s = 0;
        for (int r = 0; r < grid.length; r++) {
            try {
                s += row(grid, r);
            } catch (ArithmeticException e) {
                System.out.println("row " + r + ": " + e);
                e.printStackTrace(System.out);
            }
        }
        System.out.println("rows " + s);
    }

    public static void main(String[] args) {
        for (int which = 0; which < 12; which++) {
            try {
                run(which);
            } catch (RuntimeException e) {
                System.out.println("case " + which + ":");
                e.printStackTrace(System.out);
            }
        }
        handlers();
        functional();
        int total = 0;
        for (int i = 0; i < 30; i++) {
            total += checked(i % 14);
        }
        System.out.println("unreachable " + total);
    }
}
