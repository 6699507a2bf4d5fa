// Attacks the aastore checks dropped for arrays of exactly known type (StaticFacts.storeFits) inside
// generic containers: the program's own MyList<T> (T[] made as (T[]) new Object[n], grown with
// Arrays.copyOf), Box<T extends Number> ((T[]) new Number[n]) storing Integers, Doubles and Longs,
// and a Stack whose array is handed in from outside (a String[] the caller made: pushing an Integer
// through the raw type must throw). The class library's own exact arrays (ArrayList.elementData,
// HashMap.table) are driven through add/set/remove/grow/iterate, the ArrayList(Collection)
// constructor and addAll from a String[]-backed Arrays.asList (which must not leave a String[]
// behind), toArray(T[]) and Arrays.asList's set (which stores into the caller's String[]); and
// the library's collections built from a program collection whose toArray() returns a String[]
// (each must copy it into an Object[] of its own: adding an Integer after must work, and their
// toArray() must give Object[]s that take anything).
import java.util.AbstractCollection;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;

public class GenericArrayStores {
    static class MyList<T> {
        T[] items;
        int size;

        @SuppressWarnings("unchecked")
        MyList() { items = (T[]) new Object[2]; }

        void add(T t) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = t;
        }

        T get(int i) { return items[i]; }

        void set(int i, T t) { items[i] = t; }

        @Override
        public String toString() { return Arrays.toString(Arrays.copyOf(items, size)); }
    }

    static class Box<T extends Number> {
        T[] items;
        int size;

        @SuppressWarnings("unchecked")
        Box() { items = (T[]) new Number[4]; }

        void add(T t) { items[size++] = t; }

        double sum() {
            double s = 0;
            for (int i = 0; i < size; i++) {
                s += items[i].doubleValue();
            }
            return s;
        }
    }

    static class Stack<T> {
        final T[] items;
        int top;

        Stack(T[] storage) { items = storage; }

        void push(T t) { items[top++] = t; }

        T pop() { return items[--top]; }
    }

    static class Strs extends AbstractCollection<Object> {
        public int size() { return 3; }
        public Iterator<Object> iterator() { return Arrays.<Object>asList("a", "b", "c").iterator(); }
        @Override
        public Object[] toArray() { return new String[] {"a", "b", "c"}; }
    }

    static void attempt(String what, Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e);
        }
    }

    static String kind(Object[] a) { return a.getClass().getSimpleName(); }

    static void fromStringArrays() {
        attempt("ArrayList(c)", () -> {
            List<Object> l = new ArrayList<>(new Strs());
            l.add(1);
            l.set(0, 2);
            Object[] x = l.toArray();
            x[1] = 5;
            System.out.println(l + " " + kind(x) + Arrays.toString(x));
        });
        attempt("addAll", () -> {
            List<Object> l = new ArrayList<>();
            l.addAll(new Strs());
            l.add(1);
            l.set(0, 2);
            l.addAll(0, new Strs());
            l.set(1, 3.0);
            System.out.println(l);
        });
        attempt("PriorityQueue(c)", () -> {
            PriorityQueue<Object> q = new PriorityQueue<>(new Strs());
            q.add("z");
            Object[] x = q.toArray();
            x[0] = 1;
            System.out.println(q.poll() + " " + q.size() + " " + kind(x) + " " + x[0]);
        });
        attempt("ArrayDeque(c)", () -> {
            ArrayDeque<Object> q = new ArrayDeque<>(new Strs());
            q.addFirst(1);
            q.addLast(2.5);
            System.out.println(q + " " + kind(q.toArray()));
        });
        attempt("LinkedList(c)", () -> {
            LinkedList<Object> q = new LinkedList<>(new Strs());
            q.addFirst(1);
            Object[] x = q.toArray();
            x[0] = 1L;
            System.out.println(q + " " + kind(x) + " " + x[0]);
        });
        attempt("HashSet(c)", () -> {
            HashSet<Object> q = new HashSet<>(new Strs());
            q.add(1);
            Object[] x = q.toArray();
            x[0] = 1L;
            System.out.println(q.size() + " " + kind(x) + " " + x[0]);
        });
        attempt("Stack.addAll", () -> {
            java.util.Stack<Object> st = new java.util.Stack<>();
            st.addAll(new Strs());
            st.push(1);
            System.out.println(st + " " + kind(st.toArray()));
        });
        attempt("List.copyOf", () -> {
            List<Object> l = List.copyOf(new Strs());
            Object[] x = l.toArray();
            x[0] = 1;
            System.out.println(l + " " + kind(x) + " " + x[0]);
        });
        attempt("TreeSet(c)", () -> {
            TreeSet<Object> t = new TreeSet<>(new Strs());
            t.add("d");
            Object[] x = t.toArray();
            x[0] = 1;
            System.out.println(t + " " + kind(x) + " " + x[0]);
        });
        attempt("Collections.addAll", () -> {
            List<Object> l = new ArrayList<>(Arrays.asList(new String[] {"q"}));
            Collections.addAll(l, 1, 2);
            System.out.println(l);
        });
        attempt("asList.toArray", () -> {
            Object[] x = Arrays.asList("a", "b").toArray();
            x[0] = 1;
            System.out.println(kind(x) + " " + x[0]);
        });
        attempt("ArrayList.toArray(String[0])", () -> {
            List<Object> l = new ArrayList<>(Arrays.asList("a", "b"));
            l.add(1);
            System.out.println(l.toArray(new String[0]).length);
        });
        attempt("ArrayList.toArray(String[5])", () -> {
            List<Object> l = new ArrayList<>(Arrays.asList("a", "b"));
            l.add(1);
            System.out.println(l.toArray(new String[5]).length);
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        MyList<String> strs = new MyList<>();
        for (int i = 0; i < 9; i++) {
            strs.add("s" + i);
        }
        strs.set(3, null);
        System.out.println(strs + " " + strs.get(8).length());
        MyList raw = strs;
        raw.add(Integer.valueOf(99)); // an Object[] underneath: fits
        System.out.println(raw);
        try {
            String s = strs.get(9);
            System.out.println("no cast? " + s);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException on get");
        }

        Box<Integer> ints = new Box<>();
        ints.add(1);
        ints.add(2);
        Box<Double> dbls = new Box<>();
        dbls.add(0.5);
        Box rawBox = dbls;
        rawBox.add(Long.valueOf(7)); // Number[] underneath: fits
        System.out.println(ints.sum() + " " + dbls.sum());

        Stack<String> st = new Stack<>(new String[3]);
        st.push("a");
        Stack rawStack = st;
        try {
            rawStack.push(Integer.valueOf(5));
            System.out.println("pushed an Integer into a String[]");
        } catch (ArrayStoreException e) {
            System.out.println(e);
        }
        Stack<Object> os = new Stack<>(new Object[2]);
        os.push(1);
        os.push("b");
        System.out.println(os.pop() + " " + os.pop() + " " + st.pop());

        List<Object> fromStrings = new ArrayList<>(Arrays.asList("x", "y", "z"));
        fromStrings.add(1);
        fromStrings.set(0, 2.5);
        fromStrings.addAll(Arrays.asList("p", "q"));
        fromStrings.add(0, 'c');
        System.out.println(fromStrings);
        List<Object> grow = new ArrayList<>();
        grow.addAll(Arrays.asList(new String[] {"m", "n"}));
        grow.add(3L);
        System.out.println(grow);

        String[] backing = {"u", "v"};
        List<Object> view = (List) Arrays.asList(backing);
        try {
            view.set(0, Integer.valueOf(3));
            System.out.println("set an Integer into a String[] view: " + view);
        } catch (ArrayStoreException e) {
            System.out.println("asList set: " + e);
        }
        view.set(1, "w");
        System.out.println(Arrays.toString(backing));

        List<String> names = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            names.add("n" + i);
        }
        String[] arr = names.toArray(new String[0]);
        Object[] asObjects = arr;
        try {
            asObjects[0] = Integer.valueOf(1);
        } catch (ArrayStoreException e) {
            System.out.println("toArray(String[]): " + e);
        }
        Object[] plain = names.toArray();
        plain[0] = Integer.valueOf(1);
        System.out.println(plain[0] + " " + plain.length + " " + arr.length);

        // ArrayList churn: add, set, remove from both ends, grow, iterate with removal
        List<Integer> list = new ArrayList<>();
        long check = 0;
        for (int round = 0; round < 30; round++) {
            for (int i = 0; i < 50; i++) {
                list.add(round * 100 + i);
            }
            for (int i = 0; i < list.size(); i += 7) {
                list.set(i, -list.get(i));
            }
            list.remove(0);
            list.remove(list.size() - 1);
            list.remove(Integer.valueOf(round * 100 + 3));
            Iterator<Integer> it = list.iterator();
            while (it.hasNext()) {
                if ((it.next() & 3) == 1) {
                    it.remove();
                }
            }
        }
        for (int v : list) {
            check = check * 31 + v;
        }
        System.out.println("list " + list.size() + " " + check + " " + list.subList(0, 8));

        // HashMap churn: put, overwrite, remove, grow, iterate entries
        Map<Integer, Object> map = new HashMap<>();
        for (int i = 0; i < 600; i++) {
            map.put(i * 37 % 1000, i % 3 == 0 ? "s" + i : (Object) Integer.valueOf(i));
        }
        for (int i = 0; i < 600; i += 4) {
            map.remove(i * 37 % 1000);
        }
        for (int i = 0; i < 100; i++) {
            map.put(i, new int[] {i});
        }
        long sum = 0;
        int strings = 0, arrays = 0;
        for (Map.Entry<Integer, Object> e : map.entrySet()) {
            Object v = e.getValue();
            sum += e.getKey();
            if (v instanceof String) {
                strings++;
            } else if (v instanceof int[]) {
                arrays++;
                sum += ((int[]) v)[0];
            } else {
                sum += (Integer) v;
            }
        }
        System.out.println("map " + map.size() + " " + sum + " " + strings + " " + arrays + " " + ((int[]) map.get(74))[0] + " " + map.get(999));

        fromStringArrays();

        MyList<Object> last = new MyList<>();
        last.add(last);
        Object[] exact = new Integer[1];
        exact[0] = last.get(0);
        System.out.println("unreachable");
    }
}
