package rtgo.runtime.classlib.java.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static rtgo.runtime.classlib.java.util.Same.run;
import static rtgo.runtime.classlib.java.util.Same.same;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** TArrayList and TLinkedList against ArrayList and LinkedList under the same random operations. */
class ListsTest {
    @Test
    void arrayListMatchesUnderRandomOperations() {
        for (int seed = 1; seed <= 30; seed++) {
            randomOps(new TArrayList<Integer>(), new ArrayList<Integer>(), new Random(seed), 600);
        }
    }

    @Test
    void linkedListMatchesUnderRandomOperations() {
        for (int seed = 1; seed <= 30; seed++) {
            randomOps(new TLinkedList<Integer>(), new LinkedList<Integer>(), new Random(seed), 600);
        }
    }

    @Test
    void vectorAndStackMatch() {
        for (int seed = 1; seed <= 20; seed++) {
            randomOps(new TVector<Integer>(), new java.util.Vector<Integer>(), new Random(seed), 500);
        }
        TStack<Integer> t = new TStack<>();
        java.util.Stack<Integer> j = new java.util.Stack<>();
        Random r = new Random(2);
        for (int step = 0; step < 2000; step++) {
            int v = r.nextInt(10);
            switch (r.nextInt(5)) {
                case 0, 1 -> same("push", () -> t.push(v), () -> j.push(v));
                case 2 -> same("pop", t::pop, j::pop);
                case 3 -> same("peek", () -> t.peek() + " " + t.empty() + " " + t.capacity(), () -> j.peek() + " " + j.empty() + " " + j.capacity());
                default -> same("search", () -> t.search(v), () -> j.search(v));
            }
            assertEquals(j.toString(), t.toString());
        }
    }

    @Test
    void linkedListDequeEndsMatch() {
        Random r = new Random(5);
        TLinkedList<Integer> t = new TLinkedList<>();
        LinkedList<Integer> j = new LinkedList<>();
        for (int step = 0; step < 3000; step++) {
            int v = r.nextInt(20);
            switch (r.nextInt(12)) {
                case 0 -> run("addFirst", () -> t.addFirst(v), () -> j.addFirst(v));
                case 1 -> run("addLast", () -> t.addLast(v), () -> j.addLast(v));
                case 2 -> same("pollFirst", t::pollFirst, j::pollFirst);
                case 3 -> same("pollLast", t::pollLast, j::pollLast);
                case 4 -> same("removeFirst", t::removeFirst, j::removeFirst);
                case 5 -> same("removeLast", t::removeLast, j::removeLast);
                case 6 -> same("getFirst", t::getFirst, j::getFirst);
                case 7 -> same("peekLast", t::peekLast, j::peekLast);
                case 8 -> same("pop", t::pop, j::pop);
                case 9 -> run("push", () -> t.push(v), () -> j.push(v));
                case 10 -> same("removeLastOccurrence", () -> t.removeLastOccurrence(v), () -> j.removeLastOccurrence(v));
                default -> same("descending", () -> Same.walk(t.descendingIterator()), () -> Same.walk(j.descendingIterator()));
            }
            assertEquals(j.toString(), t.toString());
        }
    }

    static void randomOps(TList<Integer> t, List<Integer> j, Random r, int steps) {
        for (int step = 0; step < steps; step++) {
            int n = j.size();
            int v = r.nextInt(30) - 5;
            Integer boxed = v;
            int drawn = r.nextInt(n + 3) - 1;
            // Vector reads a negative index straight from its array, and a JIT-compiled array access
            // on the host may throw HotSpot's preallocated exception without a message
            int i = t instanceof TVector && drawn < 0 ? n + 1 : drawn;
            int op = r.nextInt(24);
            String what = "step " + step + " op " + op;
            switch (op) {
                case 0, 1, 2 -> same(what, () -> t.add(v), () -> j.add(v));
                case 3 -> run(what, () -> t.add(i, v), () -> j.add(i, v));
                case 4 -> same(what, () -> t.remove(i), () -> j.remove(i));
                case 5 -> same(what, () -> t.remove(boxed), () -> j.remove(boxed));
                case 6 -> same(what, () -> t.set(i, v), () -> j.set(i, v));
                case 7 -> same(what, () -> t.get(i), () -> j.get(i));
                case 8 -> same(what, () -> t.indexOf(v) + "/" + t.lastIndexOf(v) + "/" + t.contains(v),
                        () -> j.indexOf(v) + "/" + j.lastIndexOf(v) + "/" + j.contains(v));
                case 9 -> {
                    int k = 2 + r.nextInt(4);
                    boolean twice = r.nextInt(5) == 0;
                    same(what, () -> {
                        StringBuilder sb = new StringBuilder();
                        for (TIterator<Integer> it = t.iterator(); it.hasNext();) {
                            int x = it.next();
                            sb.append(x);
                            if (x % k == 0) {
                                it.remove();
                                if (twice) {
                                    it.remove();
                                }
                            }
                        }
                        return sb;
                    }, () -> {
                        StringBuilder sb = new StringBuilder();
                        for (Iterator<Integer> it = j.iterator(); it.hasNext();) {
                            int x = it.next();
                            sb.append(x);
                            if (x % k == 0) {
                                it.remove();
                                if (twice) {
                                    it.remove();
                                }
                            }
                        }
                        return sb;
                    });
                }
                case 10 -> {
                    int k = 2 + r.nextInt(7);
                    run(what, () -> t.sort((a, b) -> Integer.compare(a % k, b % k)), () -> j.sort((a, b) -> Integer.compare(a % k, b % k)));
                }
                case 11 -> {
                    int k = 3 + r.nextInt(5);
                    same(what, () -> t.removeIf(x -> x % k == 1), () -> j.removeIf(x -> x % k == 1));
                }
                case 12 -> {
                    int[] extra = {v, v + 1, v * 2};
                    TArrayList<Integer> te = new TArrayList<>();
                    List<Integer> je = new ArrayList<>();
                    for (int x : extra) {
                        te.add(x);
                        je.add(x);
                    }
                    same(what, () -> t.addAll(i, te), () -> j.addAll(i, je));
                }
                case 13 -> {
                    int a = r.nextInt(n + 2) - 1;
                    int b = r.nextInt(n + 2) - 1;
                    boolean clear = r.nextBoolean();
                    same(what, () -> {
                        TList<Integer> s = t.subList(a, b);
                        String before = s + " " + s.size();
                        if (s.size() > 0) {
                            s.set(0, 77);
                            s.remove(s.size() - 1);
                        }
                        s.add(88);
                        String text = before + " " + s + " " + s.hashCode();
                        if (clear) {
                            s.clear();
                        }
                        return text;
                    }, () -> {
                        List<Integer> s = j.subList(a, b);
                        String before = s + " " + s.size();
                        if (s.size() > 0) {
                            s.set(0, 77);
                            s.remove(s.size() - 1);
                        }
                        s.add(88);
                        String text = before + " " + s + " " + s.hashCode();
                        if (clear) {
                            s.clear();
                        }
                        return text;
                    });
                }
                case 14 -> {
                    if (r.nextInt(10) == 0) {
                        run(what, t::clear, j::clear);
                    }
                }
                case 15 -> same(what, () -> t.hashCode() + " " + t.equals(copyOf(j)) + " " + t.isEmpty(),
                        () -> j.hashCode() + " " + j.equals(new ArrayList<>(j)) + " " + j.isEmpty());
                case 16 -> same(what, () -> {
                    StringBuilder sb = new StringBuilder();
                    TListIterator<Integer> it = t.listIterator(Math.max(0, Math.min(i, t.size())));
                    while (it.hasNext()) {
                        int x = it.next();
                        if (x % 3 == 0) {
                            it.set(x + 1);
                        } else if (x % 7 == 0) {
                            it.add(-x);
                        }
                    }
                    while (it.hasPrevious()) {
                        sb.append(it.previousIndex()).append(':').append(it.previous()).append(' ');
                    }
                    return sb;
                }, () -> {
                    StringBuilder sb = new StringBuilder();
                    ListIterator<Integer> it = j.listIterator(Math.max(0, Math.min(i, j.size())));
                    while (it.hasNext()) {
                        int x = it.next();
                        if (x % 3 == 0) {
                            it.set(x + 1);
                        } else if (x % 7 == 0) {
                            it.add(-x);
                        }
                    }
                    while (it.hasPrevious()) {
                        sb.append(it.previousIndex()).append(':').append(it.previous()).append(' ');
                    }
                    return sb;
                });
                case 17 -> {
                    TArrayList<Integer> tc = new TArrayList<>();
                    List<Integer> jc = new ArrayList<>();
                    for (int x = v; x < v + 6; x++) {
                        tc.add(x);
                        jc.add(x);
                    }
                    if (r.nextBoolean()) {
                        same(what, () -> t.removeAll(tc), () -> j.removeAll(jc));
                    } else {
                        same(what, () -> t.retainAll(tc) + " " + t.containsAll(tc), () -> j.retainAll(jc) + " " + j.containsAll(jc));
                    }
                }
                case 18 -> run(what, () -> t.replaceAll(x -> x * 2 % 41), () -> j.replaceAll(x -> x * 2 % 41));
                case 19 -> same(what, () -> t.getFirst() + " " + t.getLast(), () -> j.getFirst() + " " + j.getLast());
                case 20 -> {
                    boolean first = r.nextBoolean();
                    same(what, () -> first ? t.removeFirst() : t.removeLast(), () -> first ? j.removeFirst() : j.removeLast());
                }
                case 21 -> same(what, () -> {
                    TIterator<Integer> it = t.iterator();
                    it.next();
                    t.add(1);
                    return it.next();
                }, () -> {
                    Iterator<Integer> it = j.iterator();
                    it.next();
                    j.add(1);
                    return it.next();
                });
                default -> same(what, () -> java.util.Arrays.toString(t.toArray()), () -> java.util.Arrays.toString(j.toArray()));
            }
            assertEquals(j.toString(), t.toString(), "step " + step + " op " + op);
            assertEquals(j.size(), t.size());
            assertEquals(Same.walk(j.iterator()), Same.walk(t.iterator()));
        }
    }

    private static TArrayList<Integer> copyOf(List<Integer> j) {
        TArrayList<Integer> c = new TArrayList<>();
        for (Integer x : j) {
            c.add(x);
        }
        return c;
    }

    @Test
    void messagesMatchTheJdk() {
        TArrayList<Integer> t = new TArrayList<>();
        ArrayList<Integer> j = new ArrayList<>();
        for (int x = 0; x < 3; x++) {
            t.add(x);
            j.add(x);
        }
        same("get", () -> t.get(5), () -> j.get(5));
        same("add", () -> {
            t.add(5, 1);
            return null;
        }, () -> {
            j.add(5, 1);
            return null;
        });
        same("subList from", () -> t.subList(-1, 2), () -> j.subList(-1, 2));
        same("subList to", () -> t.subList(0, 4), () -> j.subList(0, 4));
        same("subList order", () -> t.subList(2, 1), () -> j.subList(2, 1));
        same("capacity", () -> new TArrayList<Integer>(-1), () -> new ArrayList<Integer>(-1));
        same("listIterator", () -> t.listIterator(4), () -> j.listIterator(4));
        TList<Object> self = new TArrayList<>();
        List<Object> jself = new ArrayList<>();
        self.add(self);
        jself.add(jself);
        assertEquals(jself.toString(), self.toString());
    }
}
