// User generic classes erase to Object: a generic Box/Pair/Stack whose reads insert checkcasts at
// the use site, a bounded generic method (T extends Shape-like) calling a virtual method, a
// generic subclass fixing the type argument (a bridge method forwards Object calls), and heap
// pollution through a raw type that fails only where the value is used (ClassCastException).
public class GenericContainers {
    static class Box<T> {
        private T value;
        Box(T value) { this.value = value; }
        T get() { return value; }
        void set(T v) { value = v; }
        <R> Box<R> map(Fn<T, R> f) { return new Box<R>(f.apply(value)); }
    }

    interface Fn<A, B> { B apply(A a); }

    static class Pair<A, B> {
        final A first; final B second;
        Pair(A first, B second) { this.first = first; this.second = second; }
        Pair<B, A> swap() { return new Pair<B, A>(second, first); }
        public String toString() { return "<" + first + "|" + second + ">"; }
    }

    static class Stack<T> {
        private Object[] items = new Object[2];
        private int n;
        void push(T t) {
            if (n == items.length) {
                Object[] b = new Object[n * 2];
                for (int i = 0; i < n; i++) b[i] = items[i];
                items = b;
            }
            items[n++] = t;
        }
        @SuppressWarnings("unchecked") T pop() { T t = (T) items[--n]; items[n] = null; return t; }
        boolean isEmpty() { return n == 0; }
    }

    static abstract class Animal {
        abstract String sound();
        int legs() { return 4; }
    }
    static class Dog extends Animal { String sound() { return "woof"; } }
    static class Bird extends Animal { String sound() { return "tweet"; } int legs() { return 2; } }

    static <T extends Animal> String chorus(Stack<T> s) {
        String r = "";
        int legs = 0;
        while (!s.isEmpty()) { T a = s.pop(); r += a.sound() + " "; legs += a.legs(); }
        return r + "legs=" + legs;
    }

    // Fixing T: javac emits a bridge apply(Object) that casts to String and calls apply(String).
    static class Length implements Fn<String, Integer> {
        public Integer apply(String s) { return s.length(); }
    }

    static <T> T firstNonNull(T a, T b) { return a != null ? a : b; }

    public static void main(String[] args) {
        Box<String> bs = new Box<String>("hello");
        Box<Integer> bl = bs.map(new Length());
        Box<Integer> sq = bl.map(new Fn<Integer, Integer>() { public Integer apply(Integer i) { return i * i; } });
        System.out.println(bs.get() + " " + bl.get() + " " + sq.get() + " " + (bl.get() + sq.get()));
        bs.set(bs.get() + " world");
        System.out.println(bs.get().toUpperCase() + " " + bs.map(new Length()).get());

        Pair<String, Integer> p = new Pair<String, Integer>("k", 7);
        Pair<Integer, String> ps = p.swap();
        int sum = ps.first + p.second;
        System.out.println(p + " " + ps + " " + sum + " " + ps.second.length());
        Pair<Pair<String, Integer>, Box<String>> nested = new Pair<Pair<String, Integer>, Box<String>>(p, bs);
        System.out.println(nested.first.first + nested.second.get().charAt(0) + nested.first.swap());

        Stack<Animal> zoo = new Stack<Animal>();
        for (int i = 0; i < 5; i++) zoo.push(i % 2 == 0 ? new Dog() : new Bird());
        System.out.println(chorus(zoo));
        Stack<Bird> birds = new Stack<Bird>();
        birds.push(new Bird());
        birds.push(new Bird());
        System.out.println(chorus(birds));

        // The bridge method: calling through the raw/erased interface type.
        @SuppressWarnings({ "rawtypes", "unchecked" })
        Fn raw = new Length();
        System.out.println("bridge: " + raw.apply("four"));
        try {
            raw.apply(Integer.valueOf(4));
        } catch (ClassCastException e) {
            System.out.println("bridge cast: " + e.getMessage());
        }

        // Heap pollution: the bad value goes in silently and fails where it is read as a String.
        @SuppressWarnings({ "rawtypes", "unchecked" })
        Box rawBox = bs;
        rawBox.set(Integer.valueOf(99));
        Object fine = bs.get(); // no cast needed to Object
        System.out.println("polluted box holds " + fine);
        try {
            String s = bs.get();
            System.out.println("not reached " + s);
        } catch (ClassCastException e) {
            System.out.println("use-site cast: " + e.getMessage());
        }

        String s1 = firstNonNull(null, "second");
        Integer i1 = firstNonNull(5, 6);
        Object mixed = firstNonNull(null, 3);
        System.out.println(s1 + " " + i1 + " " + mixed + " " + firstNonNull(null, null));
    }
}
