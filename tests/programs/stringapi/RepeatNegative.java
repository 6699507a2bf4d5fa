// String.repeat with a negative count is an IllegalArgumentException naming the count, while 0
// gives the empty string and 1 the string itself.
public class RepeatNegative {
    public static void main(String[] args) {
        String s = "ab";
        System.out.println("[" + s.repeat(0) + "] " + (s.repeat(1) == s) + " " + s.repeat(3));
        int n = s.length() - 5;
        System.out.println(s.repeat(n));
    }
}
