// Static initialiser order across several nested classes: initialisers that read fields of classes
// still being initialised (they see zero/null), a chain A -> B -> C triggered by a static method
// call, by a static field write (putstatic initialises too), and by reading an array field inside
// a loop; compile-time constants (static final with a constant value) that must NOT trigger
// initialisation, and a nested class of a nested class. Each initialiser logs its entry and exit.
public class Stress2ClinitOrder {
    static String log = "";
    static int step;

    static int note(String what) {
        step++;
        log = log + what + step + " ";
        System.out.println("  init " + what + " step " + step);
        return step;
    }

    static class A {
        static final int CONST = 42;
        static int before = note("A.before");
        static int fromB = B.value + 1;
        static int after = note("A.after");
        static int get() {
            return fromB * 100 + after;
        }
    }

    static class B {
        static int value = note("B") + A.before * 10 + A.after * 1000;
        static int[] table = makeTable();
        static int[] makeTable() {
            note("B.table");
            int[] t = new int[4];
            for (int i = 0; i < t.length; i++) t[i] = value + i + C.base;
            return t;
        }
    }

    static class C {
        static int base = note("C") * 7;
        static class D {
            static int deep = note("C.D") + base;
        }
    }

    static class E {
        static int written;
        static int other = note("E");
    }

    static class F {
        static final String NAME = "constant-string";
        static final int[] ARR = {note("F.ARR"), 2, 3};
    }

    static class G {
        static int counter = note("G");
        static int next() {
            return ++counter;
        }
    }

    public static void main(String[] args) {
        System.out.println("start " + A.CONST + " " + F.NAME);
        System.out.println("A.get " + A.get());
        System.out.println("B.value " + B.value + " table " + B.table[0] + "," + B.table[3]);
        E.written = 5;
        System.out.println("E " + E.written + " " + E.other);
        int s = 0;
        for (int i = 0; i < 4; i++) {
            if (i == 2) s += F.ARR[0];
            s += i;
            System.out.println("loop " + i + " s " + s);
        }
        System.out.println("D " + C.D.deep);
        for (int i = 0; i < 3; i++) System.out.println("G " + G.next());
        System.out.println("log " + log);
    }
}
