// Character and Boolean helpers: isDigit/isLetter/isLetterOrDigit/isWhitespace/isUpperCase/
// isLowerCase/toUpperCase/toLowerCase over ASCII and a few Latin-1 chars, Character.getNumericValue
// and digit with radix, Character.toString and valueOf (cached for chars <= 127 like Integer),
// Boolean.parseBoolean (case-insensitive "true" only), toString, valueOf identity, logical helpers.
public class CharBoolean {
    public static void main(String[] args) {
        String sample = "aZ09 _\t\n-\u00e9\u00c9\u00df\u00b5";
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            System.out.println((int) c + ": digit " + Character.isDigit(c) + " letter " + Character.isLetter(c) + " alnum " + Character.isLetterOrDigit(c)
                    + " space " + Character.isWhitespace(c) + " upper " + Character.isUpperCase(c) + " lower " + Character.isLowerCase(c)
                    + " toUpper " + (int) Character.toUpperCase(c) + " toLower " + (int) Character.toLowerCase(c));
        }
        String digits = "";
        char[] ds = { '0', '7', '9', 'a', 'F', 'z', 'Z', '-' };
        for (char c : ds) digits += c + "=" + Character.digit(c, 16) + "/" + Character.digit(c, 36) + "/" + Character.getNumericValue(c) + " ";
        System.out.println(digits);
        System.out.println("forDigit " + Character.forDigit(11, 16) + Character.forDigit(5, 10) + " MIN/MAX " + (int) Character.MIN_VALUE + " " + (int) Character.MAX_VALUE);
        System.out.println("toString " + Character.toString('q') + Character.toString(66) + " length " + Character.toString('q').length());
        Character c1 = 'a', c2 = 'a', c3 = '\u0100', c4 = '\u0100';
        System.out.println("Character cache " + (c1 == c2) + " " + (c3 == c4) + " equals " + c3.equals(c4) + " compare " + Character.compare('a', 'b') + " " + c1.compareTo('A')
                + " hash " + c1.hashCode() + " charValue " + c1.charValue());

        String[] bools = { "true", "TRUE", "True", "yes", "1", "", "false", " true", "tRuE" };
        String parsed = "";
        for (String s : bools) parsed += "'" + s + "'=" + Boolean.parseBoolean(s) + " ";
        System.out.println(parsed + "null=" + Boolean.parseBoolean(null));
        Boolean t1 = true, t2 = Boolean.valueOf("TRUE"), f1 = Boolean.valueOf(false);
        System.out.println("Boolean identity " + (t1 == t2) + " " + (t1 == Boolean.TRUE) + " " + (f1 == Boolean.FALSE) + " toString " + Boolean.toString(false) + " " + t1
                + " hash " + t1.hashCode() + " " + f1.hashCode() + " compare " + Boolean.compare(true, false) + " " + t1.compareTo(f1)
                + " logical " + Boolean.logicalAnd(true, false) + Boolean.logicalOr(true, false) + Boolean.logicalXor(true, true) + " equals " + t1.equals(t2) + " " + t1.equals("true"));
        Object o = false;
        System.out.println("boxed boolean " + (o instanceof Boolean) + " " + o.getClass().getSimpleName() + " " + (Boolean) o);

        // A tiny classifier built from the helpers.
        String text = "Hello World 2024, it's 9am!";
        int up = 0, low = 0, dig = 0, sp = 0, other = 0;
        StringBuilder swapped = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) { up++; swapped.append(Character.toLowerCase(c)); }
            else if (Character.isLowerCase(c)) { low++; swapped.append(Character.toUpperCase(c)); }
            else { if (Character.isDigit(c)) dig++; else if (Character.isWhitespace(c)) sp++; else other++; swapped.append(c); }
        }
        System.out.println(up + " " + low + " " + dig + " " + sp + " " + other + " " + swapped);
    }
}
