// Integer boxing through the whole-class substitute: autoboxing into fields, arrays and generic
// containers, unboxing, the -128..127 cache and == on boxed values, equals/hashCode/toString,
// compareTo, Integer in string concatenation and println, and a boxed null unboxed (NPE).
public class Boxing {
    static class Box<T> { T v; Box(T v) { this.v = v; } T get() { return v; } }
    static Integer total = 0;

    static int sum(Integer[] xs) { int s = 0; for (Integer x : xs) s += x; return s; }

    public static void main(String[] args) {
        Integer a = 100, b = 100, c = 1000, d = 1000;
        System.out.println((a == b) + " " + (c == d) + " " + c.equals(d) + " " + a.equals(100) + " " + a.equals("100"));
        Integer[] xs = new Integer[10];
        for (int i = 0; i < xs.length; i++) xs[i] = i * 37 - 50;
        System.out.println(sum(xs));
        Box<Integer> box = new Box<>(42);
        int v = box.get() + 1;
        System.out.println(v + " " + box.get() + " " + box.get().hashCode() + " " + Integer.valueOf(-7).toString());
        for (int i = 0; i < 5; i++) total += i;
        System.out.println("total " + total);
        Object o = 5;
        System.out.println(o + " " + o.getClass().getName() + " " + (o instanceof Integer) + " " + ((Integer) o).compareTo(7));
        System.out.println(Integer.valueOf(3).intValue() + Integer.valueOf(4));
        Integer nothing = args.length > 3 ? a : null;
        System.out.println("before");
        int bad = nothing;
        System.out.println(bad);
    }
}
