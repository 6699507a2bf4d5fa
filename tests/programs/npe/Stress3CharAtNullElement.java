// isEmpty, length and charAt on String array elements, one of which is null: HotSpot names the
// element, "Cannot invoke \"String.isEmpty()\" because \"words[w]\" is null". The loop reads
// lengths and characters of the earlier words first, so the receiver check must stay at its iteration.
public class Stress3CharAtNullElement {
    static String[] words = {"pico", "", "rp2040", null, "end"};

    static int score(String[] words) {
        int s = 0;
        for (int w = 0; w < words.length; w++) {
            int n = words[w].isEmpty() ? 0 : words[w].length();
            for (int k = 0; k < n; k++) {
                s = s * 31 + words[w].charAt(k);
            }
            System.out.println("word " + w + " len " + n + " s " + s);
        }
        return s;
    }

    public static void main(String[] args) {
        System.out.println(score(words));
    }
}
