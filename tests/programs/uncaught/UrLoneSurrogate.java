// Uncaught failure while the console holds a lone high surrogate (printed without its low half):
// HotSpot's encoder drops or replaces it; the device's report must print what HotSpot prints.
public class UrLoneSurrogate {
    static char[] text = { 'a', '\uD83D', '\uDE00', 'b', '\uD83D' };

    public static void main(String[] args) {
        for (int i = 0; i < text.length; i++) {
            System.out.print(text[i]);
        }
        int z = text.length - 5;
        System.out.print(text[0] / z);
    }
}
