// String concatenation in loops: a string grown one piece per iteration (each step allocates a new
// String on the heap, so the total stays modest), concatenations mixing int, char, boolean and
// String operands including the extremes, a concatenation whose operands are phis of the loop, and
// strings built in one loop and read back with length/charAt in another.
public class StressConcatLoop {
    static String pad(int v, int width) {
        String s = "" + v;
        while (s.length() < width) s = " " + s;
        return s;
    }

    public static void main(String[] args) {
        String acc = "";
        for (int i = 0; i < 30; i++) {
            acc = acc + (char) ('a' + i % 26);
            if (i % 10 == 9) System.out.println(i + ": " + acc + " (" + acc.length() + ")");
        }
        int x = 1;
        boolean flag = false;
        char c = 'Z';
        for (int i = 0; i < 8; i++) {
            String line = "x=" + x + " flag=" + flag + " c=" + c + " neg=" + -x + " mixed=" + x + c + flag;
            System.out.println(line);
            x = x * -7 + 3;
            flag = !flag;
            c = (char) (c - 3);
        }
        System.out.println("extremes " + Integer.MIN_VALUE + " " + Integer.MAX_VALUE + " " + (char) 0x41 + (char) 0xe9
                + " " + (char) 0x20ac + " " + true + false);
        for (int i = -3; i <= 3; i++) System.out.println("[" + pad(i * 1234, 8) + "]");
        // Build a table of numbers as text, then parse it back by hand.
        String csv = "";
        for (int i = 0; i < 12; i++) csv = csv + (i * i * i - 100) + (i < 11 ? "," : "");
        System.out.println(csv);
        int sum = 0, cur = 0, sign = 1;
        for (int i = 0; i < csv.length(); i++) {
            char ch = csv.charAt(i);
            if (ch == '-') sign = -1;
            else if (ch == ',') {
                sum += sign * cur;
                cur = 0;
                sign = 1;
            } else cur = cur * 10 + (ch - '0');
        }
        sum += sign * cur;
        System.out.println("parsed sum " + sum);
        String empty = "";
        String e2 = empty + empty;
        System.out.println("[" + e2 + "] " + e2.length() + " " + (empty + 'q').length());
    }
}
