// Circular class initialisation: when A's <clinit> uses B and B's uses A, the JVM lets B see A
// half-initialised (fields not yet assigned read as their defaults) instead of waiting, because
// the same thread is initialising A (JVMS 5.5 step 3). Which class starts first decides the values.
public class ClinitCycle {
    static class A {
        static int early = 11;
        static { System.out.println("A starts, early=" + early); }
        static int fromB = B.readA();
        static int late = 22;
        static { System.out.println("A done: early=" + early + " fromB=" + fromB + " late=" + late); }
    }

    static class B {
        static { System.out.println("B starts"); }
        static int seenEarly = A.early;
        static int seenLate = A.late;
        static { System.out.println("B done: seenEarly=" + seenEarly + " seenLate=" + seenLate); }

        static int readA() {
            System.out.println("B.readA sees early=" + A.early + " late=" + A.late);
            return A.early * 100 + A.late;
        }
    }

    static class P {
        static int p = Q.q + 1;
        static { System.out.println("P done, p=" + p); }
    }

    static class Q {
        static int q = P.p + 10;
        static { System.out.println("Q done, q=" + q); }
    }

    static class Self {
        static int x = init();
        static int y = 5;

        static int init() {
            // Self is being initialised by this thread: y still reads as 0.
            System.out.println("Self.init sees y=" + y);
            return y + 1;
        }
    }

    public static void main(String[] a) {
        System.out.println("touch A.late");
        System.out.println("A.late = " + A.late);
        System.out.println("B.seenLate = " + B.seenLate + ", B.readA() = " + B.readA());
        System.out.println("touch Q first");
        System.out.println("Q.q = " + Q.q + ", P.p = " + P.p);
        System.out.println("Self.x = " + Self.x + ", Self.y = " + Self.y);
    }
}
