// ArrayDeque as queue and stack (wrapping around its array, iterator and descending-iterator
// removal, empty and null errors) and PriorityQueue, whose array order (shown by toString) follows
// the JDK's sift rules, with natural order and with a Comparator.
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.PriorityQueue;
import java.util.Queue;

public class DequesAndHeaps {
    public static void main(String[] args) {
        ArrayDeque<Integer> d = new ArrayDeque<>();
        for (int i = 0; i < 20; i++) {
            if (i % 3 == 0) d.addFirst(i); else d.addLast(i);
        }
        System.out.println(d + " " + d.size() + " " + d.peekFirst() + " " + d.peekLast());
        d.removeFirstOccurrence(7);
        d.removeLastOccurrence(18);
        Iterator<Integer> it = d.iterator();
        while (it.hasNext()) if (it.next() % 4 == 0) it.remove();
        System.out.println(d);
        StringBuilder sb = new StringBuilder();
        for (Iterator<Integer> di = d.descendingIterator(); di.hasNext();) sb.append(di.next()).append(' ');
        System.out.println(sb);
        Deque<String> stack = new ArrayDeque<>();
        stack.push("a");
        stack.push("b");
        stack.push("c");
        System.out.println(stack.pop() + stack.pop() + stack + stack.pollLast() + stack.poll());
        try {
            stack.pop();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("empty pop " + e);
        }
        try {
            stack.push(null);
        } catch (NullPointerException e) {
            System.out.println("null push");
        }
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        int seed = 7;
        for (int i = 0; i < 25; i++) {
            seed = seed * 1103515245 + 12345;
            pq.add((seed >>> 16) % 100);
        }
        System.out.println(pq + " peek=" + pq.peek());
        pq.remove(Integer.valueOf(pq.toArray()[7].toString()));
        System.out.println(pq);
        Iterator<Integer> pi = pq.iterator();
        while (pi.hasNext()) if (pi.next() % 3 == 0) pi.remove();
        System.out.println(pq);
        StringBuilder order = new StringBuilder();
        while (!pq.isEmpty()) order.append(pq.poll()).append(',');
        System.out.println(order);
        Queue<String> byLength = new PriorityQueue<>(new Comparator<String>() {
            public int compare(String a, String b) {
                return a.length() != b.length() ? b.length() - a.length() : a.compareTo(b);
            }
        });
        String[] ws = {"kiwi", "fig", "banana", "apple", "cherry", "date", "plum", "elderberry"};
        for (String w : ws) byLength.offer(w);
        System.out.println(byLength);
        StringBuilder s2 = new StringBuilder();
        while (byLength.peek() != null) s2.append(byLength.poll()).append(' ');
        System.out.println(s2);
        ArrayDeque<Integer> wrap = new ArrayDeque<>();
        for (int round = 0; round < 50; round++) {
            wrap.addLast(round);
            wrap.addLast(round + 100);
            wrap.pollFirst();
        }
        System.out.println(wrap.size() + " " + wrap);
    }
}
