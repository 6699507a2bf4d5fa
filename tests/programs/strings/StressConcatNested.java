// String building that nests: concatenations whose operands are calls that themselves concatenate
// (recursively, a small tree printed as nested brackets), concatenations with more pieces than
// argument registers, null String operands ("null"), and char/int/boolean pieces next to each other
// so that no piece is mistaken for another type.
public class StressConcatNested {
    static String tree(int n) {
        if (n <= 1) return "" + n;
        return "(" + tree(n - 1) + " " + n + " " + tree(n - 2) + ")";
    }

    static String label(int k) {
        return k % 2 == 0 ? "even" + k : null;
    }

    static String many(int a, char b, boolean c, String d, int e, char f, boolean g, String h) {
        return a + "" + b + c + d + e + f + g + h + a + b;
    }

    public static void main(String[] args) {
        for (int n = 0; n < 6; n++) System.out.println(n + ": " + tree(n));
        System.out.println("[" + label(1) + "," + label(2) + "," + label(3) + "]");
        String s = null;
        s = s + "!";
        System.out.println(s + s.length());
        System.out.println(many(-5, 'x', true, null, 0x7fffffff, '\u00e9', false, "end"));
        char c = 'A';
        int i = 66;
        System.out.println(c + i + "|" + c + i + "|" + (char) (c + 1) + (i + 1) + '|' + (c > i) + c);
        String acc = "";
        for (int k = 0; k < 5; k++) acc = "<" + acc + tree(k % 3) + ">";
        System.out.println(acc + " " + acc.length());
    }
}
