// substring(int) past the end: the report gives the range it would have taken, [begin, length),
// so the begin is larger than the end ("Range [4, 3) out of bounds for length 3").
public class SubstringPastEnd {
    public static void main(String[] args) {
        String[] words = { "abc", "ab", "a" };
        for (String w : words) {
            System.out.println("[" + w.substring(w.length()) + "] " + w.substring(1));
        }
        System.out.println(words[0].substring(4));
    }
}
