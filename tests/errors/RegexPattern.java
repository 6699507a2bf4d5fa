// Rejected: regular expressions (no regex engine on the device; split on one literal char works).
import java.util.regex.Pattern;

public class RegexPattern {
    public static void main(String[] a) {
        System.out.println("start");
        Pattern p = Pattern.compile("[a-z]+"); // ERROR: Pattern.compile
        System.out.println(p.matcher("abc").matches());
    }
}
