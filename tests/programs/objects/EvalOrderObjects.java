// Evaluation order with objects: `new C(args)` initialises C before its arguments are evaluated
// (the new instruction comes first); in o.f = v the reference o is evaluated before v and the null
// check comes after v; chained assignments a.f = b.g = v; compound o.f += g() reads o.f before the
// call; and method arguments are evaluated left to right even when they construct objects.
public class EvalOrderObjects {
    static int seq;

    static int tick(String what, int v) {
        System.out.println("  " + (++seq) + " " + what);
        return v;
    }

    static class Lazy {
        static { tick("Lazy.<clinit>", 0); }
        final int a, b;
        Lazy(int a, int b) { this.a = a; this.b = b; tick("Lazy(" + a + "," + b + ")", 0); }
    }

    static class Box {
        int f; Box next; String tag;
        Box(String tag) { this.tag = tag; tick("new Box " + tag, 0); }
        int bump() { f += 100; return tick("bump " + tag, 1); }
    }

    static Box holder;

    static Box pick(Box b, String why) { tick("pick " + b.tag + " " + why, 0); return b; }

    static String three(Box x, Box y, Box z) { return x.tag + y.tag + z.tag; }

    public static void main(String[] args) {
        System.out.println("new before args:");
        Lazy l = new Lazy(tick("arg a", 1), tick("arg b", 2));
        System.out.println("  fields " + l.a + l.b);

        System.out.println("receiver before value:");
        Box p = new Box("P"), q = new Box("Q");
        pick(p, "target").f = tick("value", 7);
        System.out.println("  p.f=" + p.f);

        System.out.println("compound reads the field before the call:");
        p.f = 1;
        p.f += p.bump();
        System.out.println("  p.f=" + p.f + " (bump's store is lost)");

        System.out.println("chained:");
        pick(p, "outer").f = pick(q, "inner").f = tick("rhs", 42);
        System.out.println("  " + p.f + " " + q.f);

        System.out.println("receiver swapped by the value:");
        holder = p;
        holder.next = (holder = q);
        System.out.println("  p.next=" + (p.next == null ? "null" : p.next.tag) + " q.next=" + (q.next == null ? "null" : q.next.tag));

        System.out.println("arguments left to right:");
        System.out.println("  " + three(new Box("A"), pick(new Box("B"), "mid"), new Box("C")));

        System.out.println("null receiver: value evaluated, then NPE:");
        Box none = null;
        try {
            none.f = tick("value for null target", 5);
        } catch (NullPointerException e) {
            System.out.println("  caught " + e.getMessage());
        }
        try {
            pick(p, "for next").next.next.f = tick("deep value", 6);
        } catch (NullPointerException e) {
            System.out.println("  caught " + e.getMessage());
        }

        System.out.println("array of objects store order:");
        Box[] arr = new Box[2];
        int i = 0;
        arr[i++] = new Box("I" + i);
        arr[i] = new Box("J" + i++);
        System.out.println("  " + arr[0].tag + " " + arr[1].tag + " i=" + i);

        System.out.println("conditional and instanceof:");
        Object o = seq > 5 ? new Box("T") : new Lazy(0, 0);
        System.out.println("  " + (o instanceof Box) + " " + (o instanceof Lazy) + " " + (null instanceof Object));
    }
}
