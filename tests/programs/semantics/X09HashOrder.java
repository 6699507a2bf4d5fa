// Extra: iteration order that must match HotSpot: HashMap/HashSet with String/Long/Double/record keys across resizes and removals, PriorityQueue internal heap order via toString/iterator
import java.util.*;
public class X09HashOrder {
    record K(int a, String b) {}
    public static void main(String[] args) {
        Map<String, Integer> hm = new HashMap<>();
        String[] words = "the quick brown fox jumps over the lazy dog while seven zebras quietly graze near an old river bank under pale moonlight".split(" ");
        for (int i = 0; i < words.length; i++) hm.put(words[i], i);
        System.out.println(hm);
        hm.keySet().removeIf(w -> w.length() == 5);
        for (int i = 0; i < 30; i++) hm.put("k" + i * 7, i);
        System.out.println(hm.keySet());
        Set<Long> ls = new HashSet<>();
        for (long v = -20; v < 60; v += 3) ls.add(v * 1_000_000_007L);
        System.out.println(ls);
        Set<Double> ds = new HashSet<>();
        for (int v = 0; v < 25; v++) ds.add(v / 8.0 - 1);
        System.out.println(ds);
        Map<K, Long> rk = new HashMap<>();
        for (int v = 0; v < 20; v++) rk.put(new K(v % 7, "s" + v % 3), (long) v);
        System.out.println(rk);
        Set<Character> cs = new HashSet<>();
        for (char c : "zyxwvutsrqponmlkjihgfedcbaZYX0987".toCharArray()) cs.add(c);
        System.out.println(cs);
        HashSet<Integer> is = new HashSet<>(64);
        for (int v = 0; v < 40; v++) is.add(v * v * 31 - 500);
        for (int v = 0; v < 40; v += 3) is.remove(v * v * 31 - 500);
        System.out.println(is);
        Map<Boolean, List<Integer>> bm = new HashMap<>();
        for (int v = 0; v < 6; v++) bm.computeIfAbsent(v % 2 == 0, x -> new ArrayList<>()).add(v);
        System.out.println(bm);
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        Random r = new Random(11);
        for (int v = 0; v < 20; v++) pq.add(r.nextInt(100));
        System.out.println(pq);
        pq.remove(pq.peek()); pq.poll(); pq.remove(Integer.valueOf(50));
        StringBuilder sb = new StringBuilder();
        for (int v : pq) sb.append(v).append(' ');
        System.out.println(sb + "| " + Arrays.toString(pq.toArray()));
        PriorityQueue<String> ps = new PriorityQueue<>(Comparator.comparing(String::length).reversed());
        for (String w : words) ps.add(w);
        System.out.println(ps);
        ArrayDeque<Integer> dq = new ArrayDeque<>(4);
        for (int v = 0; v < 10; v++) { dq.addLast(v); dq.addFirst(-v); if (v % 3 == 0) dq.pollLast(); }
        System.out.println(dq + " " + Arrays.toString(dq.toArray()));
        LinkedHashSet<String> lhs = new LinkedHashSet<>(Arrays.asList(words));
        lhs.remove("the"); lhs.add("the");
        System.out.println(lhs);
    }
}
