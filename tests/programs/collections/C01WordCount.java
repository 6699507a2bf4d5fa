// Collections: word counting with HashMap.merge, TreeMap ordering, sort entries by count desc then word, char histogram
import java.util.*;
public class C01WordCount {
    static final String TEXT = """
        the quick brown fox jumps over the lazy dog the dog barks
        and the fox runs away quick quick said the bird to the dog
        a bird in the hand is worth two in the bush said nobody
        """;
    public static void main(String[] args) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : TEXT.split("\n")) {
            for (String w : line.strip().split(" ")) {
                if (w.isEmpty()) continue;
                counts.merge(w, 1, Integer::sum);
            }
        }
        TreeMap<String, Integer> sorted = new TreeMap<>(counts);
        System.out.println(sorted);
        List<Map.Entry<String, Integer>> es = new ArrayList<>(counts.entrySet());
        es.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (int i = 0; i < 8; i++) System.out.println(es.get(i).getKey() + "=" + es.get(i).getValue());
        Map<Integer, List<String>> byLen = new TreeMap<>(Comparator.reverseOrder());
        for (String w : sorted.keySet()) byLen.computeIfAbsent(w.length(), k -> new ArrayList<>()).add(w);
        System.out.println(byLen);
        int[] hist = new int[26];
        for (char c : TEXT.toCharArray()) if (Character.isLetter(c)) hist[c - 'a']++;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 26; i++) if (hist[i] > 0) sb.append((char) ('a' + i)).append(hist[i]).append(' ');
        System.out.println(sb.toString().trim());
        Map<Character, Set<String>> byFirst = new TreeMap<>();
        for (String w : counts.keySet()) byFirst.computeIfAbsent(w.charAt(0), k -> new TreeSet<>()).add(w);
        byFirst.forEach((k, v) -> System.out.print(k + "" + v + " "));
        System.out.println();
        counts.replaceAll((k, v) -> v * k.length());
        counts.entrySet().removeIf(e -> e.getValue() < 6);
        System.out.println(new TreeMap<>(counts));
        System.out.println(counts.getOrDefault("zebra", -1) + " " + counts.containsKey("the") + " " + counts.containsValue(27));
        counts.computeIfPresent("the", (k, v) -> null);
        counts.compute("fox", (k, v) -> v == null ? 100 : v + 1);
        counts.putIfAbsent("new", 0);
        System.out.println(new TreeMap<>(counts) + " size=" + counts.size());
    }
}
