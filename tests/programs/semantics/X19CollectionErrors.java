// Extra: exception classes and messages thrown by collection/library methods on bad input (empty containers, nulls, bad indices/capacities/bounds)
import java.util.*;
public class X19CollectionErrors {
    enum E { A, B }
    static void t(String name, Runnable r) {
        try { r.run(); System.out.println(name + ": ok"); }
        catch (RuntimeException e) { System.out.println(name + ": " + e.getClass().getName() + ": " + e.getMessage()); }
    }
    // class only: HotSpot's helpful NPE text names JDK-internal locals here, the device gives null (see report)
    static void tc(String name, Runnable r) {
        try { r.run(); System.out.println(name + ": ok"); }
        catch (RuntimeException e) { System.out.println(name + ": " + e.getClass().getName()); }
    }
    public static void main(String[] args) {
        t("al.get", () -> new ArrayList<>(List.of(1, 2, 3)).get(5));
        t("al.get-neg", () -> new ArrayList<>(List.of(1)).get(-1));
        t("al.set", () -> new ArrayList<Integer>().set(0, 1));
        t("al.add-idx", () -> new ArrayList<Integer>().add(2, 1));
        t("al.remove-idx", () -> new ArrayList<Integer>().remove(0));
        t("al.cap", () -> new ArrayList<Integer>(-1));
        t("al.sublist1", () -> new ArrayList<>(List.of(1, 2, 3)).subList(-1, 2));
        t("al.sublist2", () -> new ArrayList<>(List.of(1, 2, 3)).subList(0, 5));
        t("al.sublist3", () -> new ArrayList<>(List.of(1, 2, 3)).subList(2, 1));
        t("al.getFirst", () -> new ArrayList<Integer>().getFirst());
        t("al.removeLast", () -> new ArrayList<Integer>().removeLast());
        t("ll.get", () -> new LinkedList<>(List.of(1, 2)).get(2));
        t("ll.getFirst", () -> new LinkedList<Integer>().getFirst());
        t("ll.remove", () -> new LinkedList<Integer>().remove());
        t("ll.pop", () -> new LinkedList<Integer>().pop());
        t("ad.pop", () -> new ArrayDeque<Integer>().pop());
        t("ad.element", () -> new ArrayDeque<Integer>().element());
        t("ad.getLast", () -> new ArrayDeque<Integer>().getLast());
        t("ad.addFirst-null", () -> new ArrayDeque<Integer>().addFirst(null));
        t("ad.offer-null", () -> new ArrayDeque<Integer>().offer(null));
        t("pq.add-null", () -> new PriorityQueue<Integer>().add(null));
        t("pq.remove", () -> new PriorityQueue<Integer>().remove());
        t("pq.element", () -> new PriorityQueue<Integer>().element());
        t("pq.cap", () -> new PriorityQueue<Integer>(0));
        tc("tm.put-null", () -> new TreeMap<String, Integer>().put(null, 1));
        t("tm.get-null", () -> new TreeMap<String, Integer>(Map.of("a", 1)).get(null));
        t("tm.firstKey", () -> new TreeMap<String, Integer>().firstKey());
        t("tm.lastKey", () -> new TreeMap<String, Integer>().lastKey());
        t("ts.first", () -> new TreeSet<Integer>().first());
        tc("ts.add-null", () -> new TreeSet<Integer>().add(null));
        t("ts.subSet-bad", () -> new TreeSet<>(List.of(1, 5)).subSet(5, 1));
        t("hm.cap", () -> new HashMap<String, Integer>(-1));
        t("hm.load", () -> new HashMap<String, Integer>(4, 0f));
        t("hm.merge-null", () -> new HashMap<String, Integer>().merge("a", null, Integer::sum));
        t("hm.null-key-ok", () -> { HashMap<String, Integer> m = new HashMap<>(); m.put(null, 1); if (m.get(null) != 1) throw new IllegalStateException(); });
        t("it.next", () -> new ArrayList<Integer>().iterator().next());
        t("hs.it.next", () -> new HashSet<Integer>().iterator().next());
        t("tm.it.next", () -> new TreeMap<Integer, Integer>().keySet().iterator().next());
        t("stack.pop", () -> new Stack<Integer>().pop());
        t("stack.peek", () -> new Stack<Integer>().peek());
        t("opt.of-null", () -> Optional.of(null));
        t("opt.get", () -> Optional.empty().get());
        t("optint.getAsInt", () -> OptionalInt.empty().getAsInt());
        t("coll.max-empty", () -> Collections.max(new ArrayList<Integer>()));
        t("rnd.nextInt0", () -> new Random(1).nextInt(0));
        t("rnd.range", () -> new Random(1).nextInt(5, 5));
        t("rnd.long-range", () -> new Random(1).nextLong(-1L));
        tc("enummap.put-null", () -> new EnumMap<E, Integer>(E.class).put(null, 1));
        tc("enumset.add-null", () -> EnumSet.noneOf(E.class).add(null));
        t("arrays.copyOf-neg", () -> Arrays.copyOf(new int[1], -1));
        t("arrays.copyOfRange", () -> Arrays.copyOfRange(new int[3], 2, 1));
        t("arrays.fill-range", () -> Arrays.fill(new int[3], 2, 5, 0));
        t("arraycopy", () -> System.arraycopy(new int[3], 0, new int[2], 0, 3));
        t("arraycopy-type", () -> System.arraycopy(new int[3], 0, new long[3], 0, 3));
        t("sj.add-null", () -> System.out.print(new StringJoiner(",").add(null)));
        t("objects.rnn", () -> Objects.requireNonNull(null));
        t("nCopies-neg", () -> Collections.nCopies(-1, "x"));
        t("listiter-bad", () -> new ArrayList<>(List.of(1)).listIterator(3));
        t("vector.elementAt", () -> new Vector<Integer>().elementAt(0));
        t("vector.firstElement", () -> new Vector<Integer>().firstElement());
    }
}
