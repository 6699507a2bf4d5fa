/*
 * Benchmark kernel: code built from many small methods, as well-factored Java is: static helpers
 * (abs, min, max, clamp, isOdd, square, mix), a static field behind a static getter and setter, and
 * an object whose private fields are reached only through getters, setters and an add method that
 * itself calls them. Twin of bench/c/callheavy.c (static functions GCC is free to inline).
 *
 * What it stresses: call overhead (argument moves, bl, push/pop, return) unless the compiler
 * inlines; a static final field holding an object, used in the loop; getters and setters of a
 * final class; the values array in a static field.
 */
public class CallHeavy {
    static final int SIZE = 1024;
    static final int PASSES = 24;

    /** A running count and sum, reached only through accessors. */
    static final class Counter {
        private int count;
        private int sum;

        int getCount() {
            return count;
        }

        void setCount(int count) {
            this.count = count;
        }

        int getSum() {
            return sum;
        }

        void setSum(int sum) {
            this.sum = sum;
        }

        void add(int value) {
            setSum(getSum() + value);
            setCount(getCount() + 1);
        }
    }

    static final Counter counter = new Counter();
    static int[] values = new int[SIZE];
    static int total;
    static int checksum;

    static int rng;

    /** xorshift32 (Marsaglia 2003); the C twin runs the same generator. */
    static int nextRandom() {
        int x = rng;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        rng = x;
        return x;
    }

    static int abs(int v) {
        return v < 0 ? -v : v;
    }

    static int min(int a, int b) {
        return a < b ? a : b;
    }

    static int max(int a, int b) {
        return a > b ? a : b;
    }

    static int clamp(int v, int lo, int hi) {
        return max(lo, min(v, hi));
    }

    static boolean isOdd(int v) {
        return (v & 1) != 0;
    }

    static int square(int v) {
        return v * v;
    }

    static int mix(int hash, int v) {
        return hash * 31 + v;
    }

    static int getTotal() {
        return total;
    }

    static void setTotal(int t) {
        total = t;
    }

    /** PASSES passes over the values through the helpers; the result goes to checksum. */
    static void run() {
        setTotal(0);
        for (int pass = 0; pass < PASSES; pass++) {
            for (int i = 0; i < SIZE; i++) {
                int v = clamp(values[i] + pass, -1000, 1000);
                if (isOdd(v)) {
                    counter.add(abs(v));
                } else {
                    counter.add(square(v >> 4));
                }
                setTotal(mix(getTotal(), v));
            }
        }
        checksum = mix(mix(getTotal(), counter.getCount()), counter.getSum());
    }

    public static void main(String[] args) {
        rng = 0x9E3779B9;
        for (int i = 0; i < SIZE; i++) {
            values[i] = nextRandom() >> 20;
        }
        System.out.println("BEGIN");
        run();
        System.out.print("END ");
        System.out.println(checksum);
    }
}
