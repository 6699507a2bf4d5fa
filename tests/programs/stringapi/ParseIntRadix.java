// Integer.parseInt with a radix other than 10 names it in the report ("under radix 2"); a digit
// valid in decimal ('2') is not a binary digit, so "1012" fails at its last char.
public class ParseIntRadix {
    public static void main(String[] args) {
        System.out.println(Integer.parseInt("1010", 2) + " " + Integer.parseInt("-777", 8) + " " + Integer.parseInt("Zz", 36));
        System.out.println(Integer.parseInt("1012", 2));
    }
}
