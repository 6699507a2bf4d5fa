// Scalar promotion and exceptions: a static int and an instance field updated in loops that throw
// in the middle (an index out of bounds, a division by zero, a null element, an explicit throw on
// a branch that leaves the loop); the catch, the finally, a caller and the code after an uncaught
// exception in another thread read the fields and must see every update made before the throw.
public class PromoteThrowMidLoop {
    static int sum;
    static int count;
    static int[] data = {5, 7, 11, 13, 17, 19};
    static int[] idx = {0, 1, 2, 3, 9, 4};
    static int[] divisors = {3, 2, 1, 0, 4};
    static final int[] TABLE = new int[256];

    static final class Acc {
        int total;
        int steps;
    }

    static void indexed() {
        sum = 0;
        try {
            for (int i = 0; i < idx.length; i++) {
                sum += data[idx[i]];
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("caught " + e.getMessage() + " sum=" + sum);
        }
        System.out.println("after indexed sum=" + sum);
    }

    static void divided() {
        count = 0;
        try {
            for (int i = 0; i < divisors.length; i++) {
                count += 100 / divisors[i];
            }
        } finally {
            System.out.println("finally count=" + count);
        }
    }

    static int masked(int[] t, int n) {
        sum = 1;
        for (int i = 0; i < n; i++) {
            sum = (sum >>> 8) ^ t[(sum ^ i) & 0xff];
        }
        return sum;
    }

    static void explicit(int stopAt) {
        count = 0;
        for (int i = 0; i < 100; i++) {
            count += i;
            if (i == stopAt) {
                throw new IllegalStateException("stop at " + i);
            }
        }
    }

    static void fields(Acc a, int[] v) {
        for (int i = 0; i < v.length; i++) {
            a.total += v[i];
            a.steps++;
        }
    }

    static void worker() {
        sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += i;
            if (i == 6) {
                throw new RuntimeException("worker fails at " + i);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < 256; i++) {
            TABLE[i] = i * 0x01010101;
        }
        indexed();
        try {
            divided();
        } catch (ArithmeticException e) {
            System.out.println("caught " + e.getMessage() + " count=" + count);
        }
        System.out.println("masked " + masked(TABLE, 1000));
        try {
            int[] small = new int[16];
            for (int i = 0; i < 16; i++) {
                small[i] = i * 3 + 1;
            }
            masked(small, 40);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("caught " + e.getMessage() + " sum=" + sum);
        }
        try {
            masked(null, 3);
        } catch (NullPointerException e) {
            System.out.println("caught NPE sum=" + sum);
        }
        try {
            explicit(17);
        } catch (IllegalStateException e) {
            System.out.println("caught " + e.getMessage() + " count=" + count);
        }
        Acc a = new Acc();
        int[] v = {1, 2, 3, 4, 5};
        fields(a, v);
        System.out.println("acc " + a.total + " " + a.steps);
        try {
            fields(a, null);
        } catch (NullPointerException e) {
            System.out.println("NPE acc " + a.total + " " + a.steps);
        }
        try {
            fields(null, v);
        } catch (NullPointerException e) {
            System.out.println("NPE on null acc");
        }
        Thread t = new Thread(PromoteThrowMidLoop::worker);
        t.setUncaughtExceptionHandler((th, e) -> System.out.println("uncaught " + e.getMessage() + " sum=" + sum));
        t.start();
        t.join();
        System.out.println("after worker sum=" + sum);
    }
}
