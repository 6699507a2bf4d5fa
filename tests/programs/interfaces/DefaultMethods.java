// Interface default, static and private methods: a default calling an abstract method and a
// private helper, a private static helper used by a static method, a class overriding a default
// and calling the interface's version with I.super.m(), a subinterface re-declaring a default as
// abstract, and static interface methods that are not inherited by implementing classes.
public class DefaultMethods {
    interface Greeter {
        String name();
        default String greet() { return decorate("Hello, " + name()); }
        default String greetTwice() { return greet() + " / " + greet(); }
        private String decorate(String s) { return "[" + s + "]"; }
        static String version() { return "Greeter v" + helper(2); }
        private static int helper(int x) { return x * 21; }
    }

    interface Shouter extends Greeter {
        @Override default String greet() { return Greeter.super.greet().toUpperCase() + "!"; }
    }

    interface Silent extends Greeter {
        @Override String greet(); // re-abstracted: implementors must provide it
    }

    static class Plain implements Greeter {
        public String name() { return "plain"; }
    }

    static class Custom implements Greeter {
        public String name() { return "custom"; }
        @Override public String greet() { return "Hi " + name() + " (was " + Greeter.super.greet() + ")"; }
    }

    static class Loud implements Shouter {
        public String name() { return "loud"; }
    }

    static class Quiet implements Silent {
        public String name() { return "quiet"; }
        public String greet() { return "..." + name(); }
    }

    static class LoudChild extends Loud {
        @Override public String name() { return "child of " + super.name(); }
    }

    interface Counter {
        int step();
        default int advance(int from, int times) {
            int v = from;
            for (int i = 0; i < times; i++) v += step();
            return v;
        }
    }

    static class By3 implements Counter {
        int calls;
        public int step() { calls++; return 3; }
    }

    public static void main(String[] args) {
        Greeter[] gs = { new Plain(), new Custom(), new Loud(), new Quiet(), new LoudChild() };
        for (Greeter g : gs) {
            System.out.println(g.name() + ": " + g.greet());
            System.out.println("  twice: " + g.greetTwice());
            System.out.println("  Shouter " + (g instanceof Shouter) + " Silent " + (g instanceof Silent));
        }
        System.out.println(Greeter.version());
        By3 c = new By3();
        Counter cc = c;
        System.out.println("advance " + cc.advance(10, 5) + " calls " + c.calls + " again " + c.advance(-1, 2) + " calls " + c.calls);
        Counter anon = new Counter() {
            int n;
            public int step() { return ++n; }
            @Override public int advance(int from, int times) { return Counter.super.advance(from, times) * 10; }
        };
        System.out.println("anonymous: " + anon.advance(0, 4) + " " + anon.advance(0, 1));
    }
}
