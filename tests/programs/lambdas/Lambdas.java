// Lambdas and method references of every kind: static, instance (bound and unbound), constructor,
// capturing locals and this; a non-capturing lambda is one object; program interfaces as targets.
import java.util.function.*;

public class Lambdas {
    interface IntOp { int apply(int a, int b); }
    interface Greeter { String greet(String name); }
    interface LongMaker { long make(int x); }
    interface Maker<T> { T make(); }

    int base = 100;

    int addBase(int x) { return x + base; }

    static int twice(IntOp op, int a, int b) { return op.apply(op.apply(a, b), b); }

    static String hello(String n) { return "hello " + n; }

    IntOp adder() { return (a, b) -> a + b + base; }

    static class Box { final int v; Box(int v) { this.v = v; } public String toString() { return "Box(" + v + ")"; } }

    public static void main(String[] args) {
        IntOp plus = (a, b) -> a + b;
        IntOp times = (a, b) -> a * b;
        System.out.println(twice(plus, 3, 4) + " " + twice(times, 3, 4));
        System.out.println(plus == (IntOp) ((a, b) -> a + b));
        IntOp first = plus;
        for (int i = 0; i < 3; i++) {
            IntOp same = (a, b) -> a - b;
            System.out.println(same.apply(i, 10));
        }
        int k = 7;
        IntOp cap = (a, b) -> a * k + b;
        System.out.println(cap.apply(2, 3));
        Lambdas l = new Lambdas();
        IntOp inst = l.adder();
        System.out.println(inst.apply(1, 2));
        Greeter g = Lambdas::hello;
        System.out.println(g.greet("pico"));
        Greeter up = String::toUpperCase;
        System.out.println(up.greet("pico"));
        LongMaker lm = x -> (long) x * x * x * 1000;
        System.out.println(lm.make(2000));
        Maker<Box> mk = () -> new Box(42);
        System.out.println(mk.make());
        Maker<String> ms = l::toString2;
        System.out.println(ms.make());
        Runnable r = () -> System.out.println("run " + k);
        r.run();
        Greeter bound = "abc"::concat;
        System.out.println(bound.greet("def"));
    }

    String toString2() { return "lam" + base; }
}
