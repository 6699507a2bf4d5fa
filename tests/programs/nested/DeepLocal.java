// Local classes at depth: a local class inside a method of an inner class capturing a local, the
// inner instance and the outer instance; a recursive local class (it names itself); a local class
// declared in a static initialiser and one in an instance initialiser; and an anonymous class in a
// constructor argument position (super(...) cannot capture this, only locals and parameters).
public class DeepLocal {
    interface F { int apply(int x); }
    static final F SQUARE_PLUS;
    static {
        int plus = 3;
        class Sq implements F { public int apply(int x) { return x * x + plus; } }
        SQUARE_PLUS = new Sq();
    }

    final int outerVal;
    final F fromInit;
    {
        int k = 2;
        class Times implements F { public int apply(int x) { return x * k * outerValOr1(); } }
        fromInit = new Times();
    }

    int outerValOr1() { return outerVal == 0 ? 1 : outerVal; }

    DeepLocal(int v) { outerVal = v; }

    class Inner {
        final int innerVal;
        Inner(int v) { innerVal = v; }
        F make(int local) {
            class Combine implements F {
                final int own;
                Combine(int own) { this.own = own; }
                public int apply(int x) { return x + local * 10 + innerVal * 100 + outerVal * 1000 + own * 10000; }
            }
            return new Combine(local + 1);
        }
    }

    static abstract class Named {
        final String name; final F f;
        Named(String name, F f) { this.name = name; this.f = f; }
    }

    static class Cube extends Named {
        Cube(int bias) {
            super("cube" + bias, new F() { public int apply(int x) { return x * x * x + bias; } });
        }
    }

    static int fib(int n) {
        class Memo {
            final int[] m = new int[n + 1];
            int f(int k) {
                if (k < 2) return k;
                if (m[k] != 0) return m[k];
                Memo again = this;
                return m[k] = again.f(k - 1) + f(k - 2);
            }
        }
        return new Memo().f(n);
    }

    public static void main(String[] args) {
        System.out.println("static-init local: " + SQUARE_PLUS.apply(4));
        DeepLocal d = new DeepLocal(7);
        DeepLocal z = new DeepLocal(0);
        // The instance initialiser ran before outerVal was assigned, but Times reads it at call time.
        System.out.println("instance-init local: " + d.fromInit.apply(5) + " " + z.fromInit.apply(5));
        Inner in = d.new Inner(3);
        F c1 = in.make(4), c2 = in.make(8), c3 = z.new Inner(9).make(1);
        System.out.println("deep captures: " + c1.apply(1) + " " + c2.apply(2) + " " + c3.apply(0));
        System.out.println("names: " + c1.getClass().getName() + " " + SQUARE_PLUS.getClass().getName() + " " + d.fromInit.getClass().getName());
        Cube cube = new Cube(5);
        System.out.println(cube.name + " " + cube.f.apply(3) + " " + cube.f.getClass().getName());
        String fibs = "";
        for (int i = 0; i <= 30; i += 5) fibs += fib(i) + " ";
        System.out.println("recursive local class fib: " + fibs);
    }
}
