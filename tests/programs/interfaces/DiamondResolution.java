// Inherited method resolution: a superclass method beats any interface default ("class wins"),
// a more specific interface's default beats the one it overrides, two unrelated defaults must be
// resolved by the class with X.super.m(), an abstract class can re-abstract a default, and calls
// through every interface view reach the same implementation.
public class DiamondResolution {
    interface Top { default String who() { return "Top"; } default String tag() { return "top-tag"; } }
    interface Left extends Top { default String who() { return "Left>" + Top.super.who(); } }
    interface Right extends Top { }
    interface Other { default String who() { return "Other"; } }

    // Left is more specific than Top: Left.who is chosen, no conflict with Right (which inherits Top's).
    static class Diamond implements Left, Right { }

    // Two unrelated defaults: the class must choose.
    static class Conflict implements Left, Other {
        public String who() { return "Conflict(" + Left.super.who() + "," + Other.super.who() + ")"; }
    }

    static class Base { public String who() { return "Base"; } }
    // Class wins: Base.who beats Left.who even though Left is the interface named here.
    static class ClassWins extends Base implements Left { }

    static abstract class Abstract implements Top { public abstract String tag(); }
    static class Concrete extends Abstract { public String tag() { return "concrete-tag/" + who(); } }

    static class Grand extends ClassWins { public String who() { return "Grand>" + super.who(); } }

    interface Named { String name(); default String describe() { return "named " + name(); } }
    static class HasName { public String name() { return "from class"; } }
    // A superclass method implements the interface's abstract method.
    static class Inherits extends HasName implements Named { }

    public static void main(String[] args) {
        Diamond d = new Diamond();
        Top t = d; Left l = d; Right r = d;
        System.out.println("diamond: " + d.who() + " | " + t.who() + " | " + l.who() + " | " + r.who() + " | " + r.tag());
        Conflict c = new Conflict();
        Other o = c;
        System.out.println("conflict: " + c.who() + " | via Other: " + o.who() + " | via Top: " + ((Top) c).who());
        ClassWins cw = new ClassWins();
        Left lcw = cw;
        System.out.println("class wins: " + cw.who() + " | via Left: " + lcw.who() + " | tag " + lcw.tag());
        Grand g = new Grand();
        System.out.println("grand: " + g.who() + " | via Top: " + ((Top) g).who() + " | via Base: " + ((Base) g).who());
        Top ct = new Concrete();
        System.out.println("re-abstracted: " + ct.tag() + " | " + ct.who());
        Named n = new Inherits();
        System.out.println("inherited implementation: " + n.describe());

        Top[] all = { d, c, cw, g, new Concrete(), new Top() { }, new Left() { public String tag() { return "anon-left"; } } };
        String s = "";
        for (Top x : all) s += x.who() + "/" + x.tag() + "; ";
        System.out.println(s);
    }
}
