// static final fields initialised with new objects whose constructors read the static being
// initialised (directly, through a superclass constructor, through a called method): they see
// null, as on HotSpot, and later reads see the object. A holder whose constructor does nothing
// but store fields is read in a loop through getters and setters.
public class FinalsStaticHolder {
    static final Counter COUNTER = new Counter();
    static final Peeker PEEK = new Peeker();
    static final Child CHILD = new Child();
    static final Caller CALLER = new Caller();

    static final class Counter {
        private int count;
        private final int[] slots = new int[4];

        int get() {
            return count;
        }

        void add(int v) {
            count += v;
            slots[v & 3]++;
        }
    }

    static final class Peeker {
        final boolean sawNull;

        Peeker() {
            sawNull = PEEK == null;
        }
    }

    static class Parent {
        final boolean parentSawNull;

        Parent() {
            parentSawNull = CHILD == null;
        }
    }

    static final class Child extends Parent {
    }

    static final class Caller {
        final String seen;

        Caller() {
            seen = describe();
        }

        static String describe() {
            return CALLER == null ? "CALLER null" : "CALLER set";
        }
    }

    public static void main(String[] args) {
        for (int i = 0; i < 100; i++) {
            COUNTER.add(i);
        }
        System.out.println(COUNTER.get() + " " + COUNTER.slots[1]);
        System.out.println(PEEK.sawNull + " " + (PEEK == null));
        System.out.println(CHILD.parentSawNull);
        System.out.println(CALLER.seen + " / " + Caller.describe());
    }
}
