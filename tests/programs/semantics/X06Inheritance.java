// Extra: inheritance corner cases: ctor calling overridable method before subclass field init, Interface.super default calls, diamond defaults, static/instance field hiding, super chains, covariant returns, private interface methods
import java.util.*;
public class X06Inheritance {
    static abstract class Base {
        static String kind = "base-static";
        String name = "base-field";
        final List<String> log = new ArrayList<>();
        Base() { log.add("Base() sees describe=" + describe()); }
        abstract String describe();
        Base self() { return this; }
        String who() { return "Base.who"; }
    }
    static class Mid extends Base {
        String name = "mid-field"; int value = 7; final long big = 1L << 40; long lazy = 99;
        Mid() { super(); log.add("Mid() value=" + value); }
        String describe() { return "Mid(value=" + value + ", big=" + big + ", lazy=" + lazy + ")"; }
        @Override Mid self() { return this; }
        @Override String who() { return "Mid.who>" + super.who(); }
    }
    static class Leaf extends Mid {
        static String kind = "leaf-static";
        Leaf() { log.add("Leaf() name=" + name + " super.name=" + super.name + " base.name=" + ((Base) this).name); }
        @Override String describe() { return "Leaf/" + super.describe(); }
        @Override String who() { return "Leaf.who>" + super.who(); }
    }
    interface A { default String hello() { return "A.hello"; } default int num() { return 1; } }
    interface B extends A { default String hello() { return "B.hello>" + A.super.hello(); } }
    interface C extends A { default String hello() { return "C.hello"; } default int num() { return 3; } }
    static class D implements B, C {
        public String hello() { return "D>" + B.super.hello() + "+" + C.super.hello(); }
        public int num() { return C.super.num() * 10 + 2; }
    }
    interface Greeter {
        String name();
        default String greet() { return prefix() + name() + suffix(); }
        private String prefix() { return "Hello, "; }
        static String suffix() { return "!"; }
    }
    public static void main(String[] args) {
        Leaf l = new Leaf();
        System.out.println(l.log);
        System.out.println(l.describe() + " " + l.who() + " " + l.self().getClass().getSimpleName() + " " + Base.kind + " " + Leaf.kind + " " + Mid.kind);
        Base b = l;
        System.out.println(b.name + " " + ((Mid) b).name + " " + b.describe().length() + " " + (b instanceof Mid m ? m.value : -1));
        D d = new D();
        System.out.println(d.hello() + " " + d.num() + " " + ((A) d).hello());
        Greeter g = () -> "rtgo";
        Greeter g2 = new Greeter() { public String name() { return "anon"; } @Override public String greet() { return Greeter.super.greet().toUpperCase(); } };
        System.out.println(g.greet() + " " + g2.greet());
        List<Base> all = List.of(new Mid(), new Leaf(), new Mid() { @Override String describe() { return "anon-mid " + value; } });
        for (Base x : all) System.out.println(x.getClass().getSimpleName().isEmpty() ? "(anonymous) " + x.describe() + " " + x.log.get(0) : x.getClass().getSimpleName() + " " + x.who() + " " + x.log.get(0));
    }
}
