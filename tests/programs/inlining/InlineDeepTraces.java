// Exceptions thrown one, two and three inlining levels deep (small static helpers, a getter, a
// constructor), caught in main and printed: every inlined frame must appear with its own line, as
// HotSpot prints the frames it never inlined. Also an uncaught-style report via a cause chain and
// the "... n more" count, which compares inlined frames with the enclosing trace's.
public class InlineDeepTraces {
    static int[] table = new int[4];

    static int leaf(int i) {
        return table[i];
    }

    static int middle(int i) {
        int r = leaf(i);
        return r + 1;
    }

    static int outer(int i) {
        int r = middle(i) * 2;
        return r;
    }

    static int divide(int a, int b) {
        return a / b;
    }

    static int twice(int a, int b) {
        return divide(a, b) + divide(b, a);
    }

    private final int[] data;

    InlineDeepTraces(int n) {
        data = new int[n];
        check(n);
    }

    private static void check(int n) {
        if (n > 3) {
            throw new IllegalArgumentException("too big: " + n);
        }
    }

    int get(int i) {
        return data[i];
    }

    static int viaGetter(InlineDeepTraces t, int i) {
        return t.get(i) + 1;
    }

    static int oneLevel(int i) {
        return leaf(i);
    }

    static void wrap(int i) {
        try {
            outer(i);
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new IllegalStateException("wrapped", e);
        }
    }

    public static void main(String[] args) {
        int sum = 0;
        for (int i = 0; i < 4; i++) {
            sum += outer(i) + oneLevel(i) + twice(i + 1, i + 2);
        }
        System.out.println("sum " + sum);
        try {
            oneLevel(4);
        } catch (RuntimeException e) {
            e.printStackTrace();
        }
        try {
            middle(-1);
        } catch (RuntimeException e) {
            e.printStackTrace();
        }
        try {
            outer(7);
        } catch (RuntimeException e) {
            e.printStackTrace();
        }
        try {
            twice(0, 3);
        } catch (ArithmeticException e) {
            e.printStackTrace();
        }
        try {
            new InlineDeepTraces(9);
        } catch (IllegalArgumentException e) {
            e.printStackTrace();
        }
        try {
            System.out.println(viaGetter(new InlineDeepTraces(2), 5));
        } catch (RuntimeException e) {
            e.printStackTrace();
        }
        try {
            wrap(6);
        } catch (IllegalStateException e) {
            e.printStackTrace();
        }
        outer(5);
    }
}
