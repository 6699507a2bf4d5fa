// Word counts in a HashMap, the entries sorted by count then word, the top five kept in a
// LinkedHashMap, words grouped by count in a TreeMap with Collections.reverseOrder(), and counts
// per initial letter in a TreeMap of Characters.
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class WordFrequency {
    static final String TEXT = "It was the best of times, it was the worst of times, it was the age of wisdom, "
            + "it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity, "
            + "it was the season of Light, it was the season of Darkness, it was the spring of hope, "
            + "it was the winter of despair.";

    public static void main(String[] args) {
        Map<String, Integer> counts = new HashMap<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= TEXT.length(); i++) {
            char c = i < TEXT.length() ? TEXT.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                word.append(Character.toLowerCase(c));
            } else if (word.length() > 0) {
                String w = word.toString();
                Integer n = counts.get(w);
                counts.put(w, n == null ? 1 : n + 1);
                word.setLength(0);
            }
        }
        System.out.println(counts.size() + " words: " + counts);
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        Collections.sort(entries, new Comparator<Map.Entry<String, Integer>>() {
            public int compare(Map.Entry<String, Integer> a, Map.Entry<String, Integer> b) {
                int c = b.getValue().compareTo(a.getValue());
                return c != 0 ? c : a.getKey().compareTo(b.getKey());
            }
        });
        Map<String, Integer> top = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            top.put(entries.get(i).getKey(), entries.get(i).getValue());
        }
        System.out.println("top " + top);
        TreeMap<Integer, List<String>> byCount = new TreeMap<>(Collections.reverseOrder());
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            List<String> ws = byCount.get(e.getValue());
            if (ws == null) {
                ws = new ArrayList<>();
                byCount.put(e.getValue(), ws);
            }
            ws.add(e.getKey());
        }
        for (List<String> ws : byCount.values()) Collections.sort(ws);
        System.out.println(byCount);
        Map<Character, Integer> initials = new TreeMap<>();
        for (String w : counts.keySet()) {
            char c = w.charAt(0);
            Integer n = initials.get(c);
            initials.put(c, n == null ? counts.get(w) : n + counts.get(w));
        }
        System.out.println(initials);
    }
}
