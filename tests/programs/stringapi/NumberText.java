// Numbers as text and back: Integer.parseInt with signs, leading zeros, every radix, MIN_VALUE
// (whose magnitude overflows) and the digits of other scripts (Arabic-Indic, fullwidth, Thai);
// toString(i, radix) falling back to 10 for a bad radix, unsigned hex/octal/binary of negatives,
// Character.digit/forDigit/getNumericValue, Boolean.parseBoolean/toString, Character.toString.
public class NumberText {
    public static void main(String[] args) {
        int[] vals = { 0, 1, -1, 7, 255, -255, 4096, 65535, Integer.MAX_VALUE, Integer.MIN_VALUE, 123456789, -987654321 };
        for (int v : vals) {
            System.out.println(v + " hex " + Integer.toHexString(v) + " oct " + Integer.toOctalString(v) + " bin " + Integer.toBinaryString(v)
                    + " r36 " + Integer.toString(v, 36) + " r7 " + Integer.toString(v, 7) + " r2 " + Integer.toString(v, 2) + " r1 " + Integer.toString(v, 1)
                    + " r37 " + Integer.toString(v, 37) + " back " + (Integer.parseInt(Integer.toString(v, 36), 36) == v) + (Integer.parseInt(Integer.toString(v)) == v)
                    + " unsigned hex back " + Integer.parseInt("-" + Integer.toHexString(-v >>> 1), 16));
        }
        String[] texts = { "0", "-0", "+0", "+42", "-42", "007", "-007", "2147483647", "-2147483648", "+2147483647", "\u0661\u0662\u0663", "\uff14\uff12", "-\u0e55\u0e50", "0000000000000000000042" };
        StringBuilder parsed = new StringBuilder();
        for (String t : texts) parsed.append(t).append('=').append(Integer.parseInt(t)).append(' ');
        System.out.println(parsed.toString().trim());
        System.out.println("radix: " + Integer.parseInt("ff", 16) + " " + Integer.parseInt("-FF", 16) + " " + Integer.parseInt("zz", 36) + " " + Integer.parseInt("ZZ", 36)
                + " " + Integer.parseInt("1010", 2) + " " + Integer.parseInt("7fffffff", 16) + " " + Integer.parseInt("-80000000", 16)
                + " " + Integer.parseInt("-10000000000000000000000000000000", 2) + " " + Integer.parseInt("\uff21\uff42", 16) + " " + Integer.parseInt("777", 8));

        char[] ds = { '0', '7', '9', 'a', 'F', 'z', 'Z', '-', ' ', '\u0660', '\u0669', '\uff10', '\uff21', '\uff5a', '\u00b2', '\u00bd', '\u0e59' };
        StringBuilder digits = new StringBuilder();
        for (char c : ds) digits.append((int) c).append('=').append(Character.digit(c, 10)).append('/').append(Character.digit(c, 16)).append('/')
                .append(Character.digit(c, 36)).append('/').append(Character.digit(c, 37)).append('/').append(Character.digit(c, 1)).append(' ')
                .append(Character.isDigit(c) ? "d " : "");
        System.out.println(digits.toString().trim());
        StringBuilder numeric = new StringBuilder();
        for (char c = 0; c <= 0xFF; c++) {
            int n = Character.getNumericValue(c);
            if (n != -1) numeric.append(Integer.toHexString(c)).append(':').append(n).append(' ');
        }
        System.out.println("numeric: " + numeric.toString().trim());
        StringBuilder forDigits = new StringBuilder();
        for (int radix = 0; radix <= 37; radix += 3) {
            for (int d = -1; d <= 36; d += 5) {
                char c = Character.forDigit(d, radix);
                forDigits.append(c == 0 ? '.' : c);
            }
            forDigits.append(' ');
        }
        System.out.println("forDigit: " + forDigits.toString().trim() + " " + Character.forDigit(11, 16) + Character.forDigit(5, 10) + Character.forDigit(35, 36));

        String[] bools = { "true", "TRUE", "True", "tRuE", "yes", "1", "", "false", " true", "true " };
        StringBuilder pb = new StringBuilder();
        for (String s : bools) pb.append('\'').append(s).append("'=").append(Boolean.parseBoolean(s)).append(' ');
        System.out.println(pb + "null=" + Boolean.parseBoolean(null) + " toString " + Boolean.toString(true) + Boolean.toString(false)
                + " literal " + (Boolean.toString(true) == "true") + " compare " + Boolean.compare(true, false) + Boolean.compare(false, true) + Boolean.compare(true, true)
                + " hash " + Boolean.hashCode(true) + " " + Boolean.hashCode(false) + " logical " + Boolean.logicalAnd(true, false) + Boolean.logicalOr(true, false)
                + Boolean.logicalXor(true, true));
        System.out.println("Character.toString " + Character.toString('q') + Character.toString(66) + " " + Character.toString(0x1F600).length() + " "
                + (int) Character.toString(0x1F600).charAt(0) + " " + (int) Character.toString(0x1F600).charAt(1) + " " + Character.compare('a', 'b') + " " + Character.compare('z', 'a'));

        // A tiny calculator: tokens split with indexOf, numbers in several bases.
        String expr = "0x1F + 0b101 - 017 + 1000 - -3";
        int total = 0, sign = 1, from = 0;
        while (from < expr.length()) {
            int sp = expr.indexOf(' ', from);
            if (sp < 0) sp = expr.length();
            String tok = expr.substring(from, sp);
            if (tok.equals("+")) sign = 1;
            else if (tok.equals("-")) sign = -1;
            else if (tok.startsWith("0x")) total += sign * Integer.parseInt(tok.substring(2), 16);
            else if (tok.startsWith("0b")) total += sign * Integer.parseInt(tok.substring(2), 2);
            else if (tok.length() > 1 && tok.startsWith("0")) total += sign * Integer.parseInt(tok.substring(1), 8);
            else total += sign * Integer.parseInt(tok);
            from = sp + 1;
        }
        System.out.println(expr + " = " + total + " = 0x" + Integer.toHexString(total).toUpperCase() + " = 0b" + Integer.toBinaryString(total));
    }
}
