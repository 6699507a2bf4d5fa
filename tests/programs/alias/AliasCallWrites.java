// A call inside the loop writes the field the loop reads: directly, through a chain of calls,
// through one implementation of a virtual method among several, through a class initialiser run
// in the middle of the loop, and through System.arraycopy into the array the loop reads.
public class AliasCallWrites {
    static int limit = 3;
    static int[] buf = {1, 2, 3, 4};

    static void raise() {
        limit++;
    }

    static void deep(int k) {
        if (k > 0) {
            deep(k - 1);
        } else {
            raise();
        }
    }

    interface Step {
        void step(int i);
    }

    static final class Quiet implements Step {
        public void step(int i) {
        }
    }

    static final class Loud implements Step {
        public void step(int i) {
            if (i == 2) {
                limit = 100;
            }
        }
    }

    static final class Late {
        static int bonus = init();

        static int init() {
            limit += 1000;
            return 1;
        }
    }

    static int direct() {
        int s = 0;
        for (int i = 0; i < 5; i++) {
            s += limit;
            raise();
        }
        return s;
    }

    static int chain() {
        int s = 0;
        for (int i = 0; i < 5; i++) {
            s += limit;
            deep(3);
        }
        return s;
    }

    static int virtual(Step st) {
        int s = 0;
        for (int i = 0; i < 5; i++) {
            s += limit;
            st.step(i);
        }
        return s;
    }

    static int initialiser() {
        int s = 0;
        for (int i = 0; i < 4; i++) {
            s += limit;
            if (i == 1) {
                s += Late.bonus;
            }
        }
        return s;
    }

    static int copies() {
        int s = 0;
        int[] src = {50, 60, 70, 80};
        for (int i = 0; i < 4; i++) {
            s += buf[0] + buf[i];
            System.arraycopy(src, i, buf, 0, 1);
        }
        return s;
    }

    public static void main(String[] args) {
        System.out.println("direct " + direct() + " limit " + limit);
        System.out.println("chain " + chain() + " limit " + limit);
        System.out.println("quiet " + virtual(new Quiet()) + " limit " + limit);
        System.out.println("loud " + virtual(new Loud()) + " limit " + limit);
        System.out.println("initialiser " + initialiser() + " limit " + limit);
        System.out.println("copies " + copies());
    }
}
