// Type tests and casts on arrays: covariance of reference arrays (Sub[] is a Base[] and an Object[],
// Sub[][] a Base[][]), primitive arrays only their own type, String[], instanceof Object, a store
// into a covariant array that must fail, and a failing array cast.
public class ArrayTypes {
    static class Base { int v; Base(int v) { this.v = v; } }
    static class Sub extends Base { Sub(int v) { super(v); } }
    interface Tag {}
    static class Tagged extends Base implements Tag { Tagged() { super(9); } }

    static String kind(Object o) {
        String k = "";
        if (o instanceof Object) k += "Object ";
        if (o instanceof Object[]) k += "Object[] ";
        if (o instanceof Base[]) k += "Base[] ";
        if (o instanceof Sub[]) k += "Sub[] ";
        if (o instanceof Base[][]) k += "Base[][] ";
        if (o instanceof Tag[]) k += "Tag[] ";
        if (o instanceof int[]) k += "int[] ";
        if (o instanceof int[][]) k += "int[][] ";
        if (o instanceof String[]) k += "String[] ";
        if (o instanceof Base) k += "Base ";
        return k;
    }

    public static void main(String[] args) {
        Object[] things = { new Base[2], new Sub[3], new Sub[1][1], new Tagged[2], new int[4], new int[2][2],
                new String[1], new Base(1), "s", new Object[0], null };
        for (Object o : things) System.out.println(kind(o));
        Base[] bs = new Sub[2];
        bs[0] = new Sub(5);
        Sub[] back = (Sub[]) bs;
        System.out.println(back[0].v + " " + back.length);
        Object[] os = new String[2];
        os[0] = "fine";
        System.out.println(os[0]);
        Base[] plain = (Base[]) (Object) new Base[1];
        System.out.println(plain.length);
        Sub[] wrong = (Sub[]) (Object) new Base[1];
        System.out.println(wrong.length);
    }
}
