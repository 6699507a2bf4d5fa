// String.substring with begin after end reports JDK 21+'s "Range [5, 3) out of bounds for
// length 11" (JDK 17 said "begin 5, end 3, length 11"); the valid calls before it, including
// the empty substring at the very end, succeed.
public class SubstringRange {
    public static void main(String[] args) {
        String s = "hello world";
        System.out.println(s.substring(6) + "|" + s.substring(0, 5) + "|" + s.substring(11) + "|" + s.substring(11, 11) + "|");
        int begin = s.indexOf('o') + 1, end = s.indexOf('l');
        System.out.println(s.substring(begin, end));
    }
}
