// new String(...) from char arrays (whole and a range), from another String (equal but not the
// same object), and empty; nested inside expressions and arguments, compared with == and equals.
public class NewStrings {
    static String twice(String s) { return s + s; }

    public static void main(String[] args) {
        char[] cs = {'h', 'e', 'l', 'l', 'o'};
        String a = new String(cs);
        String b = new String(cs, 1, 3);
        String lit = "hello";
        String c = new String(lit);
        String e = new String();
        System.out.println(a + " " + b + " [" + e + "] " + e.length() + " " + e.isEmpty());
        System.out.println((a == lit) + " " + a.equals(lit) + " " + (c == lit) + " " + c.equals(lit) + " " + (e == ""));
        System.out.println(twice(new String(cs, 0, 2)) + new String(new String(cs)).length());
        cs[0] = 'j';
        System.out.println(a + " " + new String(cs));
    }
}
