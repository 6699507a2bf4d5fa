// A call inside the loop writes (or reads) the static the loop updates: a setter that is inlined,
// a method too big to inline, a recursive one, a virtual one with two implementations, and a
// class initialiser that runs in the middle of the loop. Promotion must not keep a stale copy.
public class PromoteCallWrites {
    static int total;
    static int seen;

    static void reset() {
        total = 0;
    }

    static void bigWrite(int k) {
        int s = 0;
        for (int j = 0; j < k; j++) {
            s += j * j;
        }
        total += s % 7;
    }

    static int recursiveRead(int k) {
        return k <= 0 ? total : recursiveRead(k - 1) + 1;
    }

    interface Hook {
        void run(int i);
    }

    static final class Writes implements Hook {
        public void run(int i) {
            total -= i;
        }
    }

    static final class Reads implements Hook {
        public void run(int i) {
            seen += total;
        }
    }

    static final class Late {
        static int base = init();

        static int init() {
            total += 1000;
            return 5;
        }
    }

    public static void main(String[] args) {
        total = 0;
        for (int i = 0; i < 10; i++) {
            total += i;
            if (i == 5) {
                reset();
            }
        }
        System.out.println("inlined setter " + total);
        total = 0;
        for (int i = 0; i < 10; i++) {
            total += i;
            bigWrite(i);
        }
        System.out.println("big callee " + total);
        total = 0;
        int r = 0;
        for (int i = 0; i < 8; i++) {
            total += 3;
            r += recursiveRead(i);
        }
        System.out.println("recursive reader " + total + " " + r);
        Hook[] hooks = {new Writes(), new Reads(), new Writes()};
        total = 0;
        for (int i = 0; i < 9; i++) {
            total += 10;
            hooks[i % 3].run(i);
        }
        System.out.println("virtual " + total + " " + seen);
        total = 0;
        for (int i = 0; i < 6; i++) {
            total += 2;
            if (i == 3) {
                total += Late.base;
            }
        }
        System.out.println("initialiser " + total);
    }
}
