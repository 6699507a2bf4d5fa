// Integer.parseInt one past the int range: -2147483648 parses (the digits are accumulated as a
// negative number), 2147483648 does not, and the report quotes the whole input.
public class ParseIntOverflow {
    public static void main(String[] args) {
        System.out.println(Integer.parseInt("-2147483648") + " " + Integer.parseInt("2147483647"));
        String text = "21474836" + (40 + 8);
        System.out.println(Integer.parseInt(text));
    }
}
