// A method called on a null element of a String array. The detail message must be HotSpot's.
public class NpeStringElement {
    public static void main(String[] args) {
        String[] words = new String[3];
        words[0] = "rp";
        words[1] = "2040";
        for (int i = 0; i < words.length; i++) {
            System.out.println(words[i].length());
        }
    }
}
