// Attacks the aastore checks the facts pass drops (StaticFacts.storeFits/exactArrays): an array
// the method itself made, or a reference-array field every write of which stores null or a new
// array of one type, skips the ArrayStoreException check when the value's static class is the
// element class. Every store below whose array's runtime type is narrower than its static type
// must still throw (java.lang.ArrayStoreException: <class of the value>), whether the field is
// written in one place, in several places with different types, through a subclass, from a
// method's return, clone(), Arrays.copyOf, a parameter, a static initialiser, or a phi; and stores
// that fit (subclasses, interfaces, Object[]) must still go through. The last one escapes uncaught.
import java.util.Arrays;

public class ExactArrayStores {
    interface Animal { String name(); }
    static class Dog implements Animal { public String name() { return "dog"; } }
    static class Puppy extends Dog { public String name() { return "puppy"; } }
    static class Cat implements Animal { public String name() { return "cat"; } }

    // written only with new String[...] (twice) and null: its arrays are exactly String[]
    static Object[] onlyStrings = new String[3];
    // written with new String[] in one method and new Object[] in another
    static Object[] mixed;
    // written with new Dog[] only
    static Animal[] dogs = new Dog[2];
    // written in the static initialiser from a method's return, and elsewhere with new Object[]
    static Object[] fromInit = makeIntegers();
    // written from clone(), Arrays.copyOf, a parameter
    static Object[] cloned;
    static Object[] copied;
    static Object[] param;
    // Runnable[] made as Runnable[]: lambdas and objects fit
    static Runnable[] tasks = new Runnable[3];
    static Object[] tasksAsObjects = new Runnable[2];
    // arrays of arrays
    static Object[][] grid = new String[2][];
    static Object[] rows = new String[2][];

    // a plain static initialiser's new Integer[] and a later new Object[]
    static Object[] initThenObjects = new Integer[2];
    static void resetInitThenObjects() { initThenObjects = new Object[1]; }

    static Object[] makeIntegers() { return new Integer[2]; }

    static void resetStrings() { onlyStrings = new String[4]; }
    static void clearStrings() { onlyStrings = null; }
    static void mixedStrings() { mixed = new String[2]; }
    static void mixedObjects() { mixed = new Object[2]; }
    static void resetFromInit() { fromInit = new Object[3]; }
    static void setParam(Object[] a) { param = a; }

    static class Base {
        Object[] slots = new Object[2];
        void put(int i, Object v) { slots[i] = v; }
    }
    static class Narrow extends Base {
        void narrow() { this.slots = new Integer[2]; } // javac writes Narrow.slots, the same field
    }

    static class Holder {
        Object[] items;
        Holder(boolean strings) { items = strings ? new String[2] : new Object[2]; }
        Holder() { items = new String[1]; }
    }

    // a class whose static initialiser does nothing but make the array, written again elsewhere
    static class Plain {
        static Object[] F = new Integer[2];
    }
    static void resetPlain() { Plain.F = new Object[2]; }

    interface Constants {
        Object[] K = new String[1];
    }

    enum Slot {
        A, B;
        final Object[] cells = new Character[2];
    }

    static int caught;

    static void attempt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": stored");
        } catch (ArrayStoreException e) {
            caught++;
            System.out.println(what + ": " + e);
        }
    }

    static void fillVarargs(Object... xs) { xs[0] = Integer.valueOf(42); }

    static Object[] pick(boolean strings) {
        Object[] a = strings ? new String[1] : new Object[1];
        a[0] = Integer.valueOf(7);
        return a;
    }

    static String show(Object[] a) { return a == null ? "null" : a.getClass().getSimpleName() + Arrays.toString(a); }

    public static void main(String[] args) {
        attempt("onlyStrings <- String", () -> onlyStrings[0] = "s");
        attempt("onlyStrings <- Integer", () -> onlyStrings[1] = Integer.valueOf(1));
        resetStrings();
        attempt("onlyStrings(reset) <- Integer", () -> onlyStrings[3] = 5);
        attempt("onlyStrings(reset) <- Object", () -> onlyStrings[3] = new Object() { public String toString() { return "o"; } });
        System.out.println(show(onlyStrings));
        clearStrings();
        try {
            onlyStrings[0] = "x";
        } catch (NullPointerException e) {
            System.out.println("cleared: NPE");
        }

        mixedStrings();
        attempt("mixed(String[]) <- Integer", () -> mixed[0] = 1);
        mixedObjects();
        attempt("mixed(Object[]) <- Integer", () -> mixed[0] = 1);
        mixedStrings();
        attempt("mixed(String[] again) <- Double", () -> mixed[1] = 2.5);
        System.out.println(show(mixed));

        attempt("dogs <- Dog", () -> dogs[0] = new Dog());
        attempt("dogs <- Puppy", () -> dogs[1] = new Puppy());
        attempt("dogs <- Cat", () -> dogs[0] = new Cat());
        Animal a = new Cat();
        attempt("dogs <- (Animal) cat", () -> dogs[1] = a);
        System.out.println(dogs[0].name() + " " + dogs[1].name());

        attempt("fromInit(Integer[]) <- String", () -> fromInit[0] = "s");
        attempt("fromInit(Integer[]) <- Integer", () -> fromInit[0] = 3);
        resetFromInit();
        attempt("fromInit(Object[]) <- String", () -> fromInit[0] = "s");

        attempt("initThenObjects(Integer[]) <- String", () -> initThenObjects[1] = "s");
        resetInitThenObjects();
        attempt("initThenObjects(Object[]) <- String", () -> initThenObjects[0] = "s");

        attempt("Plain.F(Integer[]) <- String", () -> Plain.F[0] = "p");
        resetPlain();
        attempt("Plain.F(Object[]) <- String", () -> Plain.F[0] = "p");
        attempt("Constants.K(String[]) <- Integer", () -> Constants.K[0] = 0);
        attempt("Slot.B.cells(Character[]) <- Character", () -> Slot.B.cells[0] = 'b');
        attempt("Slot.B.cells(Character[]) <- String", () -> Slot.B.cells[1] = "b");

        String[] src = {"a", "b"};
        cloned = src.clone();
        attempt("cloned(String[]) <- Integer", () -> cloned[0] = 9);
        copied = Arrays.copyOf(src, 4);
        attempt("copied(String[]) <- Long", () -> copied[3] = 9L);
        attempt("copied(String[]) <- String", () -> copied[3] = "d");
        System.out.println(show(copied));
        setParam(new Dog[1]);
        attempt("param(Dog[]) <- Cat", () -> param[0] = new Cat());
        setParam(new Object[1]);
        attempt("param(Object[]) <- Cat", () -> param[0] = new Cat());

        int[] n = {0};
        attempt("tasks <- lambda", () -> tasks[0] = () -> n[0]++);
        attempt("tasks <- anonymous", () -> tasks[1] = new Runnable() { public void run() { n[0] += 10; } });
        tasks[0].run();
        tasks[1].run();
        System.out.println("tasks ran: " + n[0]);
        attempt("tasksAsObjects <- String", () -> tasksAsObjects[0] = "not a task");
        attempt("tasksAsObjects <- lambda", () -> tasksAsObjects[1] = (Runnable) () -> {});

        attempt("grid(String[][]) <- Integer[]", () -> grid[0] = new Integer[1]);
        attempt("grid(String[][]) <- String[]", () -> grid[1] = new String[] {"g"});
        attempt("rows(String[][]) <- int[]", () -> rows[0] = new int[2]);
        attempt("rows(String[][]) <- Object[]", () -> rows[1] = new Object[0]);
        Object[] local = new String[2][];
        attempt("local String[][] <- char[]", () -> local[0] = new char[1]);

        Object[] locals = new String[2];
        attempt("local String[] <- 1", () -> locals[0] = 1);
        attempt("pick(String[]) <- 7", () -> System.out.println(show(pick(true))));
        attempt("pick(Object[]) <- 7", () -> System.out.println(show(pick(false))));

        attempt("varargs Object[] <- 42", () -> fillVarargs("a", "b"));
        attempt("varargs String[] <- 42", () -> fillVarargs((Object[]) new String[] {"a"}));
        attempt("varargs Number[] <- 42", () -> fillVarargs((Object[]) new Number[2]));

        Base b = new Base();
        attempt("Base(Object[]) <- String", () -> b.put(0, "s"));
        Narrow nr = new Narrow();
        nr.narrow();
        attempt("Narrow(Integer[]) <- String", () -> nr.put(0, "s"));
        attempt("Narrow(Integer[]) <- Integer", () -> nr.put(1, 11));

        Holder h1 = new Holder(true), h2 = new Holder(false), h3 = new Holder();
        attempt("Holder(String[]) <- Integer", () -> h1.items[0] = 1);
        attempt("Holder(Object[]) <- Integer", () -> h2.items[0] = 1);
        attempt("Holder() <- Character", () -> h3.items[0] = 'c');

        System.out.println("caught " + caught);
        Object[] last = new Dog[3];
        for (int i = 0; i < 3; i++) {
            last[i] = i < 2 ? new Puppy() : (Object) "escape";
        }
        System.out.println("unreachable");
    }
}
