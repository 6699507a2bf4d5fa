// String.intern(): a built string interns to the literal with its text (== holds), a text with no
// literal becomes canonical on its first intern (later equal strings intern to that object), literals
// intern to themselves, and compile-time constant concatenations are the literal already.
public class Intern {
    static final String PRE = "pre";

    public static void main(String[] args) {
        String lit = "hello";
        String built = new StringBuilder("hel").append("lo").toString();
        System.out.println((built == lit) + " " + (built.intern() == lit) + " " + (lit.intern() == lit));
        String x1 = new String(new char[] {'z', 'q', '9'});
        String x2 = "zq" + args.length + 9;
        String x3 = "zq" + (char) ('0' + 9 + args.length);
        System.out.println((x1 == x3) + " " + (x1.intern() == x1) + " " + (x3.intern() == x1) + " " + x2);
        String c = PRE + "fix";
        System.out.println((c == "prefix") + " " + ("prefix".intern() == c));
        String e = new String();
        System.out.println((e.intern() == "") + " " + ("".intern() == ""));
    }
}
