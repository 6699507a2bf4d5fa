// Overload resolution happens at compile time by the arguments' static types: a B held in an A
// variable picks m(A); null picks the most specific applicable overload; widening beats boxing,
// and an exact primitive beats widening; char goes to m(int) when no m(char) exists. Overriding
// then selects by dynamic type among the signature javac chose (no double dispatch).
public class Overloads {
    static class A { String id() { return "A"; } }
    static class B extends A { String id() { return "B"; } }
    static class C extends B { String id() { return "C"; } }

    static String m(Object o) { return "m(Object)"; }
    static String m(A a) { return "m(A:" + (a == null ? "null" : a.id()) + ")"; }
    static String m(B b) { return "m(B:" + (b == null ? "null" : b.id()) + ")"; }
    static String m(String s) { return "m(String " + s + ")"; }

    static String n(int i) { return "n(int " + i + ")"; }
    static String n(Integer i) { return "n(Integer " + i + ")"; }
    static String n(Object o) { return "n(Object)"; }

    static String w(int i) { return "w(int " + i + ")"; }
    static String w(short s) { return "w(short " + s + ")"; }

    static String p(byte b) { return "p(byte)"; }
    static String p(char c) { return "p(char " + c + ")"; }
    static String p(int i) { return "p(int " + i + ")"; }

    static class Printer {
        String show(A a) { return "Printer.show(A) " + a.id(); }
        String show(B b) { return "Printer.show(B) " + b.id(); }
    }

    static class LoudPrinter extends Printer {
        @Override String show(A a) { return "Loud.show(A) " + a.id(); }
    }

    public static void main(String[] args) {
        A a = new A();
        A ab = new B();
        B b = new B();
        A ac = new C();
        Object o = new C();
        System.out.println(m(a) + " " + m(ab) + " " + m(b) + " " + m(ac) + " " + m(o));
        System.out.println(m((B) ac) + " " + m((A) b) + " " + m((Object) "s") + " " + m("s"));
        System.out.println(m((B) null) + " " + m((A) null) + " " + m((Object) null));

        short sh = 7;
        byte by = 3;
        char ch = 'z';
        Integer boxed = 11;
        System.out.println(n(5) + " " + n(boxed) + " " + n(sh) + " " + n(ch) + " " + n((Object) boxed) + " " + n("x"));
        System.out.println(w(sh) + " " + w(by) + " " + w(ch) + " " + w(70000));
        System.out.println(p(by) + " " + p(ch) + " " + p(sh) + " " + p('a' + 1) + " " + p((char) ('a' + 1)));

        Printer pr = new LoudPrinter();
        System.out.println(pr.show(a));
        System.out.println(pr.show(ab));
        System.out.println(pr.show(b)); // show(B) chosen statically; LoudPrinter does not override it
        System.out.println(pr.show((A) b));
        Printer plain = new Printer();
        System.out.println(plain.show(ab) + " | " + plain.show(b));

        String s = "";
        A[] all = { a, ab, b, ac };
        for (int i = 0; i < all.length; i++) s += m(all[i]) + (i < all.length - 1 ? "," : "");
        System.out.println(s);
    }
}
