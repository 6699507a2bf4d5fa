// Collections: ListIterator add/set/remove on ArrayList and LinkedList, subList views, removeIf, CME detection, ArrayDeque as ring
import java.util.*;
public class C10ListIterators {
    static <T> void weave(List<T> l, T marker) {
        ListIterator<T> it = l.listIterator();
        while (it.hasNext()) { it.next(); if (it.nextIndex() % 2 == 0) it.add(marker); }
    }
    public static void main(String[] args) {
        List<Integer> al = new ArrayList<>();
        LinkedList<Integer> ll = new LinkedList<>();
        for (int i = 0; i < 10; i++) { al.add(i * i); ll.add(i * 3); }
        ListIterator<Integer> it = al.listIterator();
        while (it.hasNext()) { int v = it.next(); if (v % 2 == 1) it.remove(); else if (v > 10) it.set(-v); }
        System.out.println(al);
        ListIterator<Integer> back = ll.listIterator(ll.size());
        StringBuilder sb = new StringBuilder();
        while (back.hasPrevious()) { int idx = back.previousIndex(); int v = back.previous(); sb.append(idx).append(':').append(v).append(' '); if (v % 9 == 0) back.add(100 + v); }
        System.out.println(sb + "| " + ll);
        weave(ll, -1);
        System.out.println(ll);
        List<Integer> sub = al.subList(1, 4);
        sub.set(0, 777); sub.add(888); sub.remove(Integer.valueOf(-16));
        System.out.println(sub + " " + al);
        al.subList(0, 2).clear();
        System.out.println(al + " idx " + al.indexOf(888) + " last " + al.lastIndexOf(5));
        ll.removeIf(x -> x < 0);
        System.out.println(ll + " first " + ll.getFirst() + " last " + ll.getLast() + " peek " + ll.peekLast());
        try { for (Integer x : al) if (x == 888) al.add(1); } catch (ConcurrentModificationException e) { System.out.println("CME al"); }
        try { Iterator<Integer> i2 = ll.iterator(); i2.next(); ll.removeFirst(); i2.next(); } catch (ConcurrentModificationException e) { System.out.println("CME ll"); }
        try { al.listIterator().set(3); } catch (IllegalStateException e) { System.out.println("ISE set"); }
        try { new ArrayList<>(List.of(1)).iterator().remove(); } catch (IllegalStateException e) { System.out.println("ISE remove"); }
        try { List.of(1, 2).add(3); } catch (UnsupportedOperationException e) { System.out.println("UOE " + e.getMessage()); }
        try { al.get(99); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        ArrayDeque<Integer> ring = new ArrayDeque<>();
        for (int i = 0; i < 40; i++) { ring.addLast(i); if (ring.size() > 5) ring.pollFirst(); if (i % 7 == 0) ring.addFirst(-i); }
        System.out.println(ring + " " + ring.peekFirst() + " " + ring.peekLast());
        Iterator<Integer> d = ring.descendingIterator();
        while (d.hasNext()) if (d.next() % 2 == 0) d.remove();
        System.out.println(ring + " contains 39 " + ring.contains(39) + " " + ring.removeLastOccurrence(39) + " " + ring);
        Stack<String> st = new Stack<>();
        for (String s : "a b c d".split(" ")) st.push(s);
        System.out.println(st + " " + st.peek() + " " + st.search("b") + " " + st.pop() + " " + st.empty() + " " + st);
        List<String> names = new LinkedList<>(List.of("x", "y", "z"));
        Collections.swap(names, 0, 2); Collections.reverse(names); names.addAll(1, List.of("p", "q"));
        System.out.println(names + " " + Collections.frequency(names, "x") + " " + Collections.nCopies(3, "ab") + " " + Collections.disjoint(names, List.of("q")));
    }
}
