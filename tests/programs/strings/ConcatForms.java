// String concatenation with + (javac's makeConcatWithConstants): every supported operand type in
// every position, constants mixed with variables, the char + int pitfalls (evaluation is left to
// right: 'a' + 1 + "" is "98"), byte and short operands, compound s += in loops, and
// concatenations whose operands are themselves method results and concatenations.
public class ConcatForms {
    static String wrap(String s) { return "<" + s + ">"; }
    static int twice(int x) { return 2 * x; }

    public static void main(String[] a) {
        int i = -17;
        char c = 'q';
        boolean z = true;
        String s = "str";
        byte b = -100;
        short sh = 30000;
        System.out.println(s + i + c + z);
        System.out.println(i + s + c + z);
        System.out.println(c + s + z + i);
        System.out.println(z + s + i + c);
        System.out.println("b=" + b + " sh=" + sh);
        System.out.println(b + sh + "!");
        System.out.println("" + b + sh);

        // char + int pitfalls.
        char x = 'a';
        System.out.println(x + 1);
        System.out.println(x + 1 + "");
        System.out.println("" + x + 1);
        System.out.println(x + "" + 1);
        System.out.println((char) (x + 1) + "");
        System.out.println(x + x + "|" + x + x);
        System.out.println('a' + 'b' + "c");
        System.out.println("c" + 'a' + 'b');
        System.out.println(1 + 2 + "3" + 4 + 5);

        // Constant parts around variables, and operands with many digits.
        System.out.println("[" + Integer.MIN_VALUE + "][" + Integer.MAX_VALUE + "][" + i + "]");
        int min = Integer.MIN_VALUE;
        System.out.println("min " + min + " max " + (min - 1) + " zero " + (min + min));
        System.out.println("nested " + wrap("in" + i) + " " + wrap(wrap(s + c)) + " " + twice(i) + twice(-i));
        System.out.println(wrap(""));
        String empty = "";
        System.out.println(empty + empty);
        System.out.println(empty + i);
        System.out.println(c + empty);
        System.out.println("non-ASCII " + 'é' + "€" + '€' + "😀" + x);

        // Compound += in loops.
        String acc = "";
        for (int k = 0; k < 10; k++) acc += k;
        System.out.println(acc);
        String letters = "";
        for (char k = 'A'; k <= 'J'; k++) letters += k;
        System.out.println(letters);
        String flags = "";
        for (int k = 0; k < 5; k++) flags += (k % 2 == 0) + ",";
        System.out.println(flags);
        String csv = "";
        for (int k = -3; k <= 3; k++) {
            if (k > -3) csv += ";";
            csv += k * k * k;
        }
        System.out.println(csv);
        String grow = "x";
        for (int k = 0; k < 5; k++) {
            grow = grow + grow;
            System.out.println(grow);
        }
        // Many operands in one expression (more than fit in registers).
        int p = 1, q = 2, r = 3, t = 4, u = 5, v = 6, w = 7;
        System.out.println(p + "," + q + "," + r + "," + t + "," + u + "," + v + "," + w + "," + c + "," + z + "," + s + "," + b);
        System.out.println("a" + p + "b" + q + "c" + r + "d" + t + "e" + u + "f" + v + "g" + w + "h");
        String t1 = s + i;
        String t2 = t1 + t1;
        System.out.println(t2 + t1 + s);
    }
}
