// A radix above Character.MAX_RADIX (36) is rejected before the text is looked at, with its own
// message ("radix 37 greater than Character.MAX_RADIX"), while toString quietly uses 10 for it.
public class ParseRadixTooBig {
    public static void main(String[] args) {
        System.out.println(Integer.toString(255, 37) + " " + Integer.toString(255, 36) + " " + Integer.parseInt("73", 36));
        System.out.println(Integer.parseInt("1", 37));
    }
}
