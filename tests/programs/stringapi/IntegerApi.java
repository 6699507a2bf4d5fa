// Integer's API and boxing: toString in radixes, parseInt (signs, zeros, radix, MIN_VALUE, non-ASCII
// digits, overflow and junk with HotSpot's NumberFormatException messages), the -128..127 cache
// seen through ==, equals/compareTo/compare, hex/binary of negatives, Math.abs(MIN_VALUE), and
// unboxing null.
public class IntegerApi {
    static String nfe(String s, int radix) {
        try {
            return "" + Integer.parseInt(s, radix);
        } catch (NumberFormatException e) {
            return "NFE(" + e.getMessage() + ")";
        }
    }

    public static void main(String[] args) {
        int[] vals = { 0, 1, -1, 255, -255, 4096, Integer.MAX_VALUE, Integer.MIN_VALUE, 123456789 };
        for (int v : vals) {
            System.out.println(Integer.toString(v) + " hex " + Integer.toHexString(v) + " bin " + Integer.toBinaryString(v)
                    + " r36 " + Integer.toString(v, 36) + " r7 " + Integer.toString(v, 7) + " abs " + Math.abs(v));
        }
        String[] inputs = { "0", "-0", "+42", "-42", "007", "2147483647", "-2147483648", "2147483648", "-2147483649", "", "-", "+", "12a", " 1", "1_000", "\u0661\u0662" };
        String out = "";
        for (String s : inputs) out += "'" + s + "'=" + nfe(s, 10) + " ";
        System.out.println(out);
        System.out.println("radix: " + nfe("ff", 16) + " " + nfe("-FF", 16) + " " + nfe("zz", 36) + " " + nfe("1010", 2) + " " + nfe("12", 2)
                + " " + nfe("7fffffff", 16) + " " + nfe("80000000", 16) + " " + nfe("-80000000", 16));
        try {
            Integer.parseInt(null);
        } catch (NumberFormatException e) {
            System.out.println("null: " + e.getMessage());
        }

        Integer a = 127, b = 127, c = 128, d = 128, e = -128, f = -128, g = -129, h = -129;
        System.out.println("cache: " + (a == b) + " " + (c == d) + " " + (e == f) + " " + (g == h) + " equals " + c.equals(d) + " " + g.equals(h));
        System.out.println("valueOf: " + (Integer.valueOf(5) == Integer.valueOf(5)) + " " + (Integer.valueOf(1000) == Integer.valueOf(1000))
                + " " + (Integer.valueOf("100") == Integer.valueOf(100)) + " " + Integer.valueOf("-77") + " " + Integer.valueOf(-77).intValue());
        Integer x = 1000;
        int y = 1000;
        System.out.println("mixed ==: " + (x == y) + " (unboxed), equals(Object) with Integer " + x.equals(1000) + ", compareTo " + x.compareTo(999) + " " + x.compareTo(1000)
                + " " + x.compareTo(1001) + ", compare " + Integer.compare(Integer.MIN_VALUE, 1) + " hashCode " + x.hashCode() + " " + Integer.valueOf(-5).hashCode());
        Object boxed = 42;
        System.out.println("boxed is Integer " + (boxed instanceof Integer) + " toString " + boxed + " class " + boxed.getClass().getName());
        Integer sum = 0;
        for (int i = 0; i < 100; i++) sum += i; // unbox, add, box each time
        System.out.println("boxed loop sum " + sum + " max " + Integer.MAX_VALUE + " min " + Integer.MIN_VALUE + " max+1 " + (Integer.MAX_VALUE + 1));
        System.out.println("min/max/signum " + Math.min(-3, 2) + " " + Math.max(-3, 2) + " " + Integer.signum(-9) + " " + Integer.signum(0) + " " + Integer.sum(3, 4)
                + " " + Integer.max(3, 4) + " parse-format round trip " + Integer.parseInt(Integer.toString(-987654321)));
        Integer nothing = null;
        try {
            int bad = nothing;
            System.out.println("not reached " + bad);
        } catch (NullPointerException ex) {
            System.out.println("unboxing null: " + ex.getMessage());
        }
    }
}
