// Mixed: Huffman coding: frequency table, PriorityQueue of sealed node types with deterministic tie-breaks, code table, encode to bit string, decode, bit packing into longs
import java.util.*;
public class M09Huffman {
    sealed interface Node permits Leaf, Inner { long freq(); int order(); }
    record Leaf(char c, long freq, int order) implements Node {}
    record Inner(Node l, Node r, long freq, int order) implements Node {}
    static void codes(Node n, String prefix, Map<Character, String> out) {
        switch (n) {
            case Leaf lf -> out.put(lf.c(), prefix.isEmpty() ? "0" : prefix);
            case Inner(Node l, Node r, long f, int o) -> { codes(l, prefix + "0", out); codes(r, prefix + "1", out); }
        }
    }
    public static void main(String[] args) {
        String text = """
            it was the best of times, it was the worst of times, it was the age of wisdom,
            it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity
            """;
        Map<Character, Long> freq = new TreeMap<>();
        for (char c : text.toCharArray()) freq.merge(c, 1L, Long::sum);
        PriorityQueue<Node> pq = new PriorityQueue<>(Comparator.comparing(Node::freq).thenComparingInt(Node::order));
        int order = 0;
        for (var e : freq.entrySet()) pq.add(new Leaf(e.getKey(), e.getValue(), order++));
        while (pq.size() > 1) { Node a = pq.poll(), b = pq.poll(); pq.add(new Inner(a, b, a.freq() + b.freq(), order++)); }
        Node root = pq.poll();
        Map<Character, String> code = new TreeMap<>();
        codes(root, "", code);
        code.forEach((c, s) -> System.out.print((c == '\n' ? "\\n" : c == ' ' ? "_" : String.valueOf(c)) + "=" + s + " "));
        System.out.println();
        StringBuilder bits = new StringBuilder();
        for (char c : text.toCharArray()) bits.append(code.get(c));
        long total = 0; for (var e : freq.entrySet()) total += e.getValue() * code.get(e.getKey()).length();
        System.out.println("chars " + text.length() + " bits " + bits.length() + " check " + total + " ratio " + (double) bits.length() / (text.length() * 8));
        long[] packed = new long[(bits.length() + 63) / 64];
        for (int i = 0; i < bits.length(); i++) if (bits.charAt(i) == '1') packed[i >>> 6] |= 1L << (63 - (i & 63));
        StringBuilder hex = new StringBuilder();
        for (long w : packed) hex.append(Long.toHexString(w)).append(' ');
        System.out.println(hex.toString().trim());
        StringBuilder dec = new StringBuilder();
        Node cur = root;
        for (int i = 0; i < bits.length(); i++) {
            boolean one = (packed[i >>> 6] >>> (63 - (i & 63)) & 1L) == 1L;
            if (cur instanceof Inner in) cur = one ? in.r() : in.l();
            if (cur instanceof Leaf lf) { dec.append(lf.c()); cur = root; }
        }
        System.out.println("decoded equal " + dec.toString().equals(text) + " root freq " + root.freq() + " nodes " + order);
        Map<Integer, List<Character>> byLen = new TreeMap<>();
        code.forEach((c, s) -> byLen.computeIfAbsent(s.length(), k -> new ArrayList<>()).add(c));
        byLen.forEach((k, v) -> System.out.print(k + ":" + v.size() + " "));
        System.out.println();
    }
}
