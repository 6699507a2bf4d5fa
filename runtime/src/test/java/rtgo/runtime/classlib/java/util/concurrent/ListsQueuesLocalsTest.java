package rtgo.runtime.classlib.java.util.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import rtgo.runtime.classlib.java.lang.TThreadLocal;
import rtgo.runtime.classlib.java.util.TArrayList;
import rtgo.runtime.classlib.java.util.TIterator;

/** ConcurrentLinkedQueue, CopyOnWriteArrayList and ThreadLocal. */
@Timeout(30)
class ListsQueuesLocalsTest {
    @Test
    void concurrentLinkedQueueIsAFifo() throws InterruptedException {
        TConcurrentLinkedQueue<Integer> q = new TConcurrentLinkedQueue<>();
        assertNull(q.poll());
        assertThrows(NullPointerException.class, () -> q.offer(null));
        List<Thread> ts = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            Thread t = new Thread(() -> {
                for (int i = 0; i < 1000; i++) {
                    q.offer(i);
                }
            });
            ts.add(t);
            t.start();
        }
        for (Thread t : ts) {
            t.join();
        }
        assertEquals(4000, q.size());
        long sum = 0;
        for (Integer x; (x = q.poll()) != null;) {
            sum += x;
        }
        assertEquals(4 * 499500, sum);
        q.add(1);
        q.add(2);
        q.add(3);
        assertTrue(q.remove((Object) 2));
        assertEquals("[1, 3]", q.toString());
        assertEquals(Integer.valueOf(1), q.peek());
        assertEquals(Integer.valueOf(1), q.remove());
        assertTrue(q.contains(3));
    }

    @Test
    void copyOnWriteListIteratesSnapshots() {
        TCopyOnWriteArrayList<String> l = new TCopyOnWriteArrayList<>();
        l.add("a");
        l.add("b");
        l.add("c");
        StringBuilder sb = new StringBuilder();
        for (TIterator<String> it = l.iterator(); it.hasNext();) {
            String s = it.next();
            sb.append(s);
            l.add(s + s);
        }
        assertEquals("abc", sb.toString());
        assertEquals("[a, b, c, aa, bb, cc]", l.toString());
        assertFalse(l.addIfAbsent("a"));
        assertTrue(l.addIfAbsent("z"));
        l.add(0, "first");
        assertEquals("first", l.get(0));
        assertEquals("Index: 99, Size: 8", assertThrows(IndexOutOfBoundsException.class, () -> l.add(99, "x")).getMessage());
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> l.get(8));
        assertThrows(UnsupportedOperationException.class, () -> l.iterator().remove());
        l.removeIf(s -> s.length() == 2);
        assertEquals("[first, a, b, c, z]", l.toString());
        l.sort(null);
        assertEquals("[a, b, c, first, z]", l.toString());
        l.replaceAll(String::toUpperCase);
        assertEquals("[A, B, C, FIRST, Z]", l.toString());
        assertEquals("C", l.remove(2));
        assertTrue(l.remove("Z"));
        TArrayList<String> other = new TArrayList<>();
        other.add("A");
        other.add("B");
        other.add("FIRST");
        assertEquals(other, l);
        assertEquals(other.hashCode(), l.hashCode());
        assertEquals(1, l.addAllAbsent(new TCopyOnWriteArrayList<>(new String[] {"A", "Q"})));
        assertEquals(3, l.indexOf("Q"));
    }

    @Test
    void threadLocalsArePerThread() throws InterruptedException {
        TThreadLocal<Integer> tl = TThreadLocal.withInitial(() -> 7);
        TThreadLocal<String> plain = new TThreadLocal<>();
        assertEquals(7, tl.get());
        assertNull(plain.get());
        tl.set(1);
        int[] seen = new int[8];
        List<Thread> ts = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            final int id = k;
            Thread t = new Thread(() -> {
                int before = tl.get();
                tl.set(100 + id);
                Thread.yield();
                seen[id] = before * 1000 + tl.get();
            });
            ts.add(t);
            t.start();
        }
        for (Thread t : ts) {
            t.join();
        }
        for (int k = 0; k < 8; k++) {
            assertEquals(7000 + 100 + k, seen[k]);
        }
        assertEquals(1, tl.get());
        tl.remove();
        assertEquals(7, tl.get());
    }
}
