// Printing 10^k and neighbours for k = 0..18, zero-filled nine-digit groups, MIN and MAX.
public class DecimalPrinting {
    public static void main(String[] args) {
        long p = 1;
        for (int k = 0; k <= 18; k++) {
            long[] vs = {p, p - 1, p + 1, -p, -p + 1, -p - 1, p * 9 / 10 * 10 + 9 - p + p, p * 5, p * 2 + p / 2};
            StringBuilder sb = new StringBuilder();
            for (long v : vs) { System.out.print(v); System.out.print(' '); sb.append("[" + v + "]"); }
            System.out.println();
            String s = sb.toString();
            System.out.println(s + " len=" + s.length());
            if (k < 18) p *= 10;
        }
        long[] odd = {1000000001000000001L, -1000000001000000001L, 2147483648L, -2147483648L, -2147483649L, 2147483647L,
            4294967296L, -4294967296L, 999999999999999999L, -999999999999999999L, 1000000000L * 1000000000L, 9000000000000000000L,
            Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE - 1, 0x80000000_00000000L >>> 1, 1234567890123456789L,
            100000000000000000L, 10000000000L, 10000000001L, 12000000000L, 3000000000L, -3000000000L, 0L, -0L};
        for (long v : odd) {
            String s = "" + v;
            System.out.println(s + " " + s.length() + " " + v);
        }
    }
}
