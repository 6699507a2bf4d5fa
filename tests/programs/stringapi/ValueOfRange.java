// String.valueOf(char[], offset, count) checks the region against the array with JDK 21+'s
// offset-and-count text, "Range [3, 3 + 2) out of bounds for length 4".
public class ValueOfRange {
    public static void main(String[] args) {
        char[] cs = { 'w', 'x', 'y', 'z' };
        System.out.println(String.valueOf(cs, 1, 3) + " [" + String.valueOf(cs, 4, 0) + "] " + String.copyValueOf(cs, 0, 2));
        System.out.println(String.valueOf(cs, 3, 2));
    }
}
