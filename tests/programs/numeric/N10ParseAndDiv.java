// Numeric: Integer/Long parse edge cases, NumberFormatException messages, long division/remainder sign tables
public class N10ParseAndDiv {
    static String pi(String s, int r) {
        try { return String.valueOf(Integer.parseInt(s, r)); } catch (NumberFormatException e) { return "NFE(" + e.getMessage() + ")"; }
    }
    static String pl(String s) {
        try { return String.valueOf(Long.parseLong(s)); } catch (NumberFormatException e) { return "NFE(" + e.getMessage() + ")"; }
    }
    public static void main(String[] args) {
        String[] ints = { "0", "-0", "+5", "2147483647", "2147483648", "-2147483648", "-2147483649", "", "-", "+", "12a", " 1", "007", "0x10" };
        for (String s : ints) System.out.println("int[" + s + "]=" + pi(s, 10));
        System.out.println(pi("7fffffff", 16) + " " + pi("80000000", 16) + " " + pi("-80000000", 16) + " " + pi("Zz", 36) + " " + pi("12", 2) + " " + pi("11", 40));
        String[] longs = { "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "123456789012345678901", "-00000000000000000001" };
        for (String s : longs) System.out.println("long[" + s + "]=" + pl(s));
        long[] as = { 17, -17, 1L << 62, -(1L << 62) - 1, Long.MIN_VALUE + 1, 999999999999L };
        long[] bs = { 5, -5, 3, 1000000007L, -1, Long.MAX_VALUE };
        for (long a : as) {
            StringBuilder sb = new StringBuilder(a + ":");
            for (long b : bs) sb.append(' ').append(a / b).append('r').append(a % b);
            System.out.println(sb);
        }
        long sum = 0;
        for (long a = -1000; a <= 1000; a += 37) {
            for (long b = -50; b <= 50; b += 13) {
                if (b == 0) continue;
                sum = sum * 7 + a / b * 3 + a % b;
            }
        }
        System.out.println("sum " + sum);
        long fact = 1;
        for (int i = 1; i <= 25; i++) { fact *= i; System.out.print(fact + (i % 5 == 0 ? "\n" : " ")); }
        long fib1 = 0, fib2 = 1;
        for (int i = 0; i < 95; i++) { long t = fib1 + fib2; fib1 = fib2; fib2 = t; }
        System.out.println("fib " + fib1 + " " + fib2 + " " + Long.toUnsignedString(fib2));
        System.out.println(Integer.valueOf(127) == Integer.valueOf(127));
        System.out.println(Long.valueOf(5).equals(5L) + " " + Long.valueOf(5).equals(5) + " " + Integer.valueOf(5).hashCode() + " " + Long.hashCode(-1L) + " " + Long.valueOf(1L << 32).hashCode());
    }
}
