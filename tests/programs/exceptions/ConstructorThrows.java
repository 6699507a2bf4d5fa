// Exceptions during construction: from a field initialiser, an initialiser block, the superclass
// constructor (subclass initialisers never run), a this(...) argument, or a constructor argument
// (no object at all). The half-built object escapes only through a leaked this, and the variable
// being assigned keeps its old value.
public class ConstructorThrows {
    static String log = "";
    static Object leaked;
    static int built;

    static int check(int v, String who) {
        log += who + "(" + v + ") ";
        if (v < 0) throw new IllegalArgumentException(who + " rejects " + v);
        return v;
    }

    static class Base {
        final int b;
        Base(int v) {
            leaked = this;
            b = check(v, "Base");
            built++;
        }
        public String toString() { return "Base(" + b + ")"; }
    }

    static class Derived extends Base {
        int d = check(dInit, "d-init");
        static int dInit = 1;
        {
            check(d - blockLimit, "block");
        }
        static int blockLimit = 0;
        final String name;

        Derived(int v, String name) {
            super(v);
            this.name = name;
            log += "Derived-body ";
        }

        Derived(String name) {
            this(check(name.length() - 3, "this-arg"), name);
        }

        public String toString() { return "Derived(" + b + "," + d + "," + name + ")"; }
    }

    static void attempt(String title, int mode) {
        Object target = "previous";
        log = "";
        leaked = null;
        try {
            switch (mode) {
                case 0: target = new Derived(5, "ok"); break;
                case 1: target = new Derived(-1, "bad base"); break;
                case 2: Derived.dInit = -2; target = new Derived(2, "bad field"); break;
                case 3: Derived.dInit = 1; Derived.blockLimit = 5; target = new Derived(3, "bad block"); break;
                case 4: Derived.blockLimit = 0; target = new Derived("ab"); break;
                case 5: target = new Derived("abcd"); break;
                case 6: target = new Derived(check(-6, "arg"), "bad arg"); break;
                default: target = new Derived(null); break;
            }
            System.out.println(title + ": built " + target + " | " + log);
        } catch (RuntimeException e) {
            System.out.println(title + ": " + e.getClass().getSimpleName() + " " + e.getMessage() + " | " + log);
            System.out.println("    target still " + target + ", leaked " + (leaked == null ? "nothing" : leaked.getClass().getSimpleName() + " with " + leaked));
        }
    }

    public static void main(String[] args) {
        attempt("normal", 0);
        attempt("super throws", 1);
        attempt("field initialiser throws", 2);
        attempt("initialiser block throws", 3);
        attempt("this(...) argument throws", 4);
        attempt("through this(...)", 5);
        attempt("argument throws", 6);
        attempt("null name", 7);
        System.out.println("Base constructors completed: " + built);
    }
}
