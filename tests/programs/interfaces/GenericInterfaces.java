// User-defined generic interfaces: a Comparable-like interface implemented with the type argument
// fixed (javac adds a bridge method), a comparator interface implemented by named, anonymous and
// composed classes, a generic insertion sort over Object[] calling through the interface, and a
// generic Iterator/Iterable pair used by a hand-written for-each loop.
public class GenericInterfaces {
    interface Ord<T> { int compareTo(T other); }
    interface Cmp<T> {
        int compare(T a, T b);
        default Cmp<T> reversed() {
            Cmp<T> self = this;
            return new Cmp<T>() { public int compare(T a, T b) { return self.compare(b, a); } };
        }
        default Cmp<T> then(Cmp<T> next) {
            Cmp<T> self = this;
            return new Cmp<T>() {
                public int compare(T a, T b) {
                    int c = self.compare(a, b);
                    return c != 0 ? c : next.compare(a, b);
                }
            };
        }
    }
    interface Iter<T> { boolean hasNext(); T next(); }
    interface Seq<T> { Iter<T> iter(); }

    static class Person implements Ord<Person> {
        final String name; final int age;
        Person(String name, int age) { this.name = name; this.age = age; }
        public int compareTo(Person o) { return name.compareTo(o.name); }
        public String toString() { return name + age; }
    }

    static class ByAge implements Cmp<Person> {
        int calls;
        public int compare(Person a, Person b) { calls++; return a.age - b.age; }
    }

    static <T extends Ord<T>> void sortNatural(T[] a) {
        for (int i = 1; i < a.length; i++) {
            T x = a[i];
            int j = i - 1;
            while (j >= 0 && a[j].compareTo(x) > 0) { a[j + 1] = a[j]; j--; }
            a[j + 1] = x;
        }
    }

    static <T> void sort(T[] a, Cmp<? super T> c) {
        for (int i = 1; i < a.length; i++) {
            T x = a[i];
            int j = i - 1;
            while (j >= 0 && c.compare(a[j], x) > 0) { a[j + 1] = a[j]; j--; }
            a[j + 1] = x;
        }
    }

    static class ArraySeq<T> implements Seq<T> {
        final T[] items;
        ArraySeq(T[] items) { this.items = items; }
        public Iter<T> iter() {
            return new Iter<T>() {
                int i;
                public boolean hasNext() { return i < items.length; }
                public T next() { return items[i++]; }
            };
        }
    }

    static <T> String join(Seq<T> s) {
        String r = "";
        for (Iter<T> it = s.iter(); it.hasNext(); ) r += it.next() + (it.hasNext() ? "," : "");
        return r;
    }

    public static void main(String[] args) {
        Person[] ps = {
            new Person("mia", 31), new Person("bob", 25), new Person("zoe", 25), new Person("al", 40),
            new Person("eve", 31), new Person("dan", 19),
        };
        ArraySeq<Person> seq = new ArraySeq<Person>(ps);
        sortNatural(ps);
        System.out.println("by name:        " + join(seq));
        ByAge byAge = new ByAge();
        sort(ps, byAge);
        System.out.println("by age (stable): " + join(seq) + " calls " + byAge.calls);
        sort(ps, byAge.reversed());
        System.out.println("age reversed:   " + join(seq));
        Cmp<Person> byName = new Cmp<Person>() { public int compare(Person a, Person b) { return a.compareTo(b); } };
        sort(ps, byAge.then(byName.reversed()));
        System.out.println("age, name desc: " + join(seq));
        Cmp<Object> byString = new Cmp<Object>() { public int compare(Object a, Object b) { return a.toString().compareTo(b.toString()); } };
        sort(ps, byString);
        System.out.println("by toString:    " + join(seq));

        // Bridge method: the erased compareTo(Object) casts its argument.
        @SuppressWarnings({ "rawtypes", "unchecked" })
        Ord raw = ps[0];
        System.out.println("raw compare " + (raw.compareTo(ps[1]) < 0));
        try {
            raw.compareTo("not a person");
        } catch (ClassCastException e) {
            System.out.println("CCE " + e.getMessage());
        }

        String[] words = { "pear", "fig", "apple", "kiwi", "banana" };
        sort(words, new Cmp<String>() { public int compare(String a, String b) { return a.length() - b.length(); } });
        System.out.println(join(new ArraySeq<String>(words)));
        Integer[] nums = { 5, -3, 200, 7, -128, 0 };
        sort(nums, new Cmp<Integer>() { public int compare(Integer a, Integer b) { return a < b ? -1 : a > b ? 1 : 0; } });
        System.out.println(join(new ArraySeq<Integer>(nums)));
    }
}
