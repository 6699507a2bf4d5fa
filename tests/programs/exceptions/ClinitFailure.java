// A failing static initialiser: the first use gets ExceptionInInitializerError (cause kept,
// message null), later uses NoClassDefFoundError "Could not initialize class X" whose cause records
// the first failure; an Error from <clinit> is not wrapped; a subclass of a failed class fails too;
// unrelated classes still initialise.
public class ClinitFailure {
    static int attempts;

    static class Broken {
        static int before = mark("Broken.before");
        static int value = compute();
        static int after = mark("Broken.after");

        static int compute() {
            attempts++;
            int[] a = new int[2];
            return a[attempts + 4]; // fails with an index error
        }

        static int read() { return value; }
        int inst = 5;
    }

    static class ThrowsError {
        static { if (attempts >= 0) throw new StackOverflowError("custom error in clinit"); }
        static int x = 1;
    }

    static class Healthy {
        static int ready = mark("Healthy.ready") + 41;
    }

    static class Parent {
        static { mark("Parent clinit"); }
        static int p = 1 / (attempts - attempts);
    }

    static class ChildOfBroken extends Parent {
        static { mark("ChildOfBroken clinit (never printed)"); }
        static int c = 3;
    }

    static int mark(String s) { System.out.println("  running " + s); return 1; }

    static void use(String what, int how) {
        try {
            int v;
            switch (how) {
                case 0: v = Broken.value; break;
                case 1: v = Broken.read(); break;
                case 2: v = new Broken().inst; break;
                case 3: Broken.before = 9; v = -1; break;
                case 4: v = ThrowsError.x; break;
                case 5: v = ChildOfBroken.c; break;
                default: v = Parent.p; break;
            }
            System.out.println(what + ": value " + v);
        } catch (ExceptionInInitializerError e) {
            System.out.println(what + ": " + e + " | message " + e.getMessage() + " | cause " + e.getCause());
        } catch (NoClassDefFoundError e) {
            Throwable c = e.getCause();
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
            System.out.println("    cause: " + (c == null ? "none" : c.getClass().getName() + ": " + c.getMessage()));
        } catch (Error e) {
            System.out.println(what + ": unwrapped " + e);
        }
    }

    public static void main(String[] args) {
        use("first read", 0);
        use("second read", 1);
        use("new instance", 2);
        use("static store", 3);
        System.out.println("attempts " + attempts);
        use("error in clinit", 4);
        use("error class again", 4);
        use("broken once more", 0);
        System.out.println("Healthy " + Healthy.ready);
        use("child of failing parent", 5);
        use("child again", 5);
        use("parent directly", 6);
    }
}
