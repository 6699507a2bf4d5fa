package rtgo.runtime.classlib.java.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static rtgo.runtime.classlib.java.util.Same.run;
import static rtgo.runtime.classlib.java.util.Same.same;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** TArrayDeque, TPriorityQueue and the sets against the JDK's: array order, iteration, messages. */
class QueuesAndSetsTest {
    @Test
    void arrayDequeMatches() {
        for (int seed = 1; seed <= 20; seed++) {
            Random r = new Random(seed);
            TArrayDeque<Integer> t = new TArrayDeque<>();
            ArrayDeque<Integer> j = new ArrayDeque<>();
            for (int step = 0; step < 1500; step++) {
                int v = r.nextInt(40);
                Integer boxed = v;
                int op = r.nextInt(16);
                String what = "step " + step + " op " + op;
                switch (op) {
                    case 0, 1 -> run(what, () -> t.addFirst(v), () -> j.addFirst(v));
                    case 2, 3 -> run(what, () -> t.addLast(v), () -> j.addLast(v));
                    case 4 -> same(what, t::pollFirst, j::pollFirst);
                    case 5 -> same(what, t::pollLast, j::pollLast);
                    case 6 -> same(what, t::removeFirst, j::removeFirst);
                    case 7 -> same(what, t::getLast, j::getLast);
                    case 8 -> same(what, () -> t.remove(boxed), () -> j.remove(boxed));
                    case 9 -> same(what, () -> t.removeLastOccurrence(boxed), () -> j.removeLastOccurrence(boxed));
                    case 10 -> {
                        int m = 2 + r.nextInt(5);
                        same(what, () -> {
                            StringBuilder sb = new StringBuilder();
                            for (TIterator<Integer> it = t.iterator(); it.hasNext();) {
                                int x = it.next();
                                sb.append(x).append(',');
                                if (x % m == 0) {
                                    it.remove();
                                }
                            }
                            return sb;
                        }, () -> {
                            StringBuilder sb = new StringBuilder();
                            for (Iterator<Integer> it = j.iterator(); it.hasNext();) {
                                int x = it.next();
                                sb.append(x).append(',');
                                if (x % m == 0) {
                                    it.remove();
                                }
                            }
                            return sb;
                        });
                    }
                    case 11 -> {
                        int m = 2 + r.nextInt(5);
                        same(what, () -> {
                            StringBuilder sb = new StringBuilder();
                            for (TIterator<Integer> it = t.descendingIterator(); it.hasNext();) {
                                int x = it.next();
                                sb.append(x).append(',');
                                if (x % m == 0) {
                                    it.remove();
                                }
                            }
                            return sb;
                        }, () -> {
                            StringBuilder sb = new StringBuilder();
                            for (Iterator<Integer> it = j.descendingIterator(); it.hasNext();) {
                                int x = it.next();
                                sb.append(x).append(',');
                                if (x % m == 0) {
                                    it.remove();
                                }
                            }
                            return sb;
                        });
                    }
                    case 12 -> same(what, () -> t.contains(v) + " " + t.peek() + " " + t.size(), () -> j.contains(v) + " " + j.peek() + " " + j.size());
                    case 13 -> same(what, () -> {
                        TIterator<Integer> it = t.iterator();
                        it.next();
                        t.addLast(v);
                        return it.next() + " " + it.hasNext();
                    }, () -> {
                        Iterator<Integer> it = j.iterator();
                        it.next();
                        j.addLast(v);
                        return it.next() + " " + it.hasNext();
                    });
                    case 14 -> {
                        if (r.nextInt(20) == 0) {
                            run(what, t::clear, j::clear);
                        }
                    }
                    default -> run(what, () -> t.push(null), () -> j.push(null));
                }
                assertEquals(j.toString(), t.toString(), what);
            }
        }
    }

    @Test
    void priorityQueueMatches() {
        for (int seed = 1; seed <= 20; seed++) {
            Random r = new Random(seed);
            boolean reversed = seed % 2 == 0;
            TPriorityQueue<Integer> t = reversed ? new TPriorityQueue<>((a, b) -> b - a) : new TPriorityQueue<>();
            PriorityQueue<Integer> j = reversed ? new PriorityQueue<>((a, b) -> b - a) : new PriorityQueue<>();
            for (int step = 0; step < 1500; step++) {
                int v = r.nextInt(50);
                Integer boxed = v;
                int op = r.nextInt(10);
                String what = "step " + step + " op " + op;
                switch (op) {
                    case 0, 1, 2 -> same(what, () -> t.offer(v), () -> j.offer(v));
                    case 3 -> same(what, t::poll, j::poll);
                    case 4 -> same(what, () -> t.remove(boxed), () -> j.remove(boxed));
                    case 5 -> same(what, () -> t.peek() + " " + t.contains(v) + " " + t.size(), () -> j.peek() + " " + j.contains(v) + " " + j.size());
                    case 6 -> {
                        int m = 2 + r.nextInt(5);
                        same(what, () -> {
                            StringBuilder sb = new StringBuilder();
                            for (TIterator<Integer> it = t.iterator(); it.hasNext();) {
                                int x = it.next();
                                sb.append(x).append(',');
                                if (x % m == 0) {
                                    it.remove();
                                }
                            }
                            return sb;
                        }, () -> {
                            StringBuilder sb = new StringBuilder();
                            for (Iterator<Integer> it = j.iterator(); it.hasNext();) {
                                int x = it.next();
                                sb.append(x).append(',');
                                if (x % m == 0) {
                                    it.remove();
                                }
                            }
                            return sb;
                        });
                    }
                    case 7 -> same(what, t::element, j::element);
                    case 8 -> {
                        if (r.nextInt(15) == 0) {
                            run(what, t::clear, j::clear);
                        }
                    }
                    default -> {
                        TArrayList<Integer> tl = new TArrayList<>();
                        java.util.ArrayList<Integer> jl = new java.util.ArrayList<>();
                        for (int x = 0; x < r.nextInt(30); x++) {
                            int y = r.nextInt(99);
                            tl.add(y);
                            jl.add(y);
                        }
                        assertEquals(new PriorityQueue<>(jl).toString(), new TPriorityQueue<>(tl).toString());
                    }
                }
                assertEquals(j.toString(), t.toString(), what);
            }
        }
    }

    @Test
    void setsMatch() {
        for (int seed = 1; seed <= 15; seed++) {
            Random r = new Random(seed);
            TSet<Object>[] ts = newSets();
            @SuppressWarnings("unchecked")
            Set<Object>[] js = new Set[] {new HashSet<>(), new LinkedHashSet<>(), new TreeSet<>()};
            for (int step = 0; step < 800; step++) {
                Object k = r.nextBoolean() ? (Object) r.nextInt(70) : (Object) ("w" + r.nextInt(70));
                if (seed % 3 == 0) {
                    k = r.nextInt(200) * 7;
                }
                Object key = k;
                int op = r.nextInt(6);
                for (int s = 0; s < 3; s++) {
                    if (s == 2 && seed % 3 != 0 && !(key instanceof Integer)) {
                        continue; // the tree set holds one kind of key
                    }
                    TSet<Object> t = ts[s];
                    Set<Object> j = js[s];
                    String what = "set " + s + " step " + step + " op " + op;
                    switch (op) {
                        case 0, 1 -> same(what, () -> t.add(key), () -> j.add(key));
                        case 2 -> same(what, () -> t.remove(key), () -> j.remove(key));
                        case 3 -> same(what, () -> t.contains(key) + " " + t.hashCode(), () -> j.contains(key) + " " + j.hashCode());
                        case 4 -> same(what, () -> {
                            StringBuilder sb = new StringBuilder();
                            for (TIterator<Object> it = t.iterator(); it.hasNext();) {
                                Object x = it.next();
                                sb.append(x);
                                if (x.hashCode() % 4 == 0) {
                                    it.remove();
                                }
                            }
                            return sb;
                        }, () -> {
                            StringBuilder sb = new StringBuilder();
                            for (Iterator<Object> it = j.iterator(); it.hasNext();) {
                                Object x = it.next();
                                sb.append(x);
                                if (x.hashCode() % 4 == 0) {
                                    it.remove();
                                }
                            }
                            return sb;
                        });
                        default -> {
                            if (s == 2) {
                                TTreeSet<Object> tt = (TTreeSet<Object>) t;
                                TreeSet<Object> jt = (TreeSet<Object>) j;
                                same(what, () -> tt.floor(key) + " " + tt.higher(key) + " " + tt.headSet(key) + " " + tt.tailSet(key, false)
                                        + " " + tt.descendingSet() + " " + Same.walk(tt.descendingIterator()),
                                        () -> jt.floor(key) + " " + jt.higher(key) + " " + jt.headSet(key) + " " + jt.tailSet(key, false)
                                        + " " + jt.descendingSet() + " " + Same.walk(jt.descendingIterator()));
                            }
                        }
                    }
                    assertEquals(j.toString(), t.toString(), what);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static TSet<Object>[] newSets() {
        return new TSet[] {new THashSet<>(), new TLinkedHashSet<>(), new TTreeSet<>()};
    }
}
