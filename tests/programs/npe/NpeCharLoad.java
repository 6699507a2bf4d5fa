// A null char array parameter. The detail message must be HotSpot's.
public class NpeCharLoad {
    static int sum(char[] text) {
        int s = 0;
        for (int i = 0; i < 4; i++) {
            s += text[i];
        }
        return s;
    }

    public static void main(String[] args) {
        System.out.println(sum(new char[] {'p', 'i', 'c', 'o'}));
        System.out.println(sum(null));
    }
}
