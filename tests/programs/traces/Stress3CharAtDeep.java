// StringIndexOutOfBoundsException from charAt deep in a recursion over strings that are not
// Latin-1 (HotSpot takes its UTF-16 path) and over Integer.toString results: the index walks one
// past the end of the shortest string. The JDK's own frames are hidden on both sides.
public class Stress3CharAtDeep {
    static String[] texts = {"日本語テキスト", "Ωμέγα", "ab"};

    static int walk(int depth, int t, int k) {
        if (depth == 0) {
            return texts[t].charAt(k) + Integer.toString(1000 + k).charAt(k % 4);
        }
        return walk(depth - 1, (t + 1) % texts.length, k) ^ depth;
    }

    public static void main(String[] args) {
        for (int k = 0; k < 5; k++) {
            System.out.println("k " + k + " " + walk(k, 0, k));
        }
    }
}
