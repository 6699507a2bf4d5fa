// Keys that share one hash ("Aa"/"BB" strings, a Comparable class with a constant hashCode,
// Integers 4096 apart): in a table of 64+ buckets the JDK makes such a bucket a red-black tree,
// whose root moves to the front of the bucket and after whose nodes new keys are linked, so the
// iteration order (toString) shows the tree; removals, iterator removal and resizes on top.
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

public class HashCollisions {
    static final class Ticket implements Comparable<Ticket> {
        final int number;

        Ticket(int number) {
            this.number = number;
        }

        public int hashCode() {
            return 7;
        }

        public boolean equals(Object o) {
            return o instanceof Ticket && ((Ticket) o).number == number;
        }

        public int compareTo(Ticket o) {
            return Integer.compare(number, o.number);
        }

        public String toString() {
            return "T" + number;
        }
    }

    static String block(int bits, int n) {
        StringBuilder sb = new StringBuilder();
        for (int b = 0; b < n; b++) sb.append((bits >> b & 1) == 0 ? "Aa" : "BB");
        return sb.toString();
    }

    public static void main(String[] args) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            int bits = (i * 37) % 64;
            m.put(block(bits, 6), i);
            if (i == 8 || i == 9 || i == 10 || i == 11 || i == 20) System.out.println(m.size() + " " + m);
        }
        for (int i = 0; i < 64; i += 5) m.remove(block(i, 6));
        System.out.println(m);
        Iterator<String> it = m.keySet().iterator();
        while (it.hasNext()) if (it.next().startsWith("BBBB")) it.remove();
        System.out.println(m);
        for (int i = 0; i < 64; i += 3) {
            String k = block(i, 6);
            Integer old = m.get(k);
            m.put(k, old == null ? 1000 : old + 1000);
        }
        System.out.println(m);
        Set<Ticket> tickets = new HashSet<>();
        for (int i = 0; i < 30; i++) tickets.add(new Ticket((i * 11) % 31));
        System.out.println(tickets);
        for (int i = 0; i < 31; i += 4) tickets.remove(new Ticket(i));
        System.out.println(tickets + " " + tickets.contains(new Ticket(5)) + " " + tickets.size());
        Map<Integer, String> ints = new HashMap<>();
        for (int i = 0; i < 50; i++) ints.put(i * 4096, "x" + i);
        System.out.println(ints);
    }
}
