// Numeric: Long/Integer toString in radixes, toHex/Octal/Binary strings, unsigned strings and parse round trips
public class N07Radix {
    public static void main(String[] args) {
        long[] ls = { 0L, 1L, -1L, 255L, -255L, Long.MAX_VALUE, Long.MIN_VALUE, 1234567890123L, -987654321098765L, 0xCAFEBABEL, 36L * 36 * 36 - 1 };
        int[] radixes = { 2, 3, 7, 8, 10, 16, 36, 1, 37 };
        for (long l : ls) {
            StringBuilder sb = new StringBuilder(l + ":");
            for (int r : radixes) sb.append(' ').append(r).append('=').append(Long.toString(l, r));
            System.out.println(sb);
            System.out.println("  hex " + Long.toHexString(l) + " oct " + Long.toOctalString(l) + " bin " + Long.toBinaryString(l) + " u " + Long.toUnsignedString(l));
            String s36 = Long.toString(l, 36);
            System.out.println("  back " + Long.parseLong(s36, 36) + " " + (Long.parseLong(s36, 36) == l) + " " + Long.valueOf(Long.toString(l), 10));
        }
        int[] is = { 0, 1, -1, 100, -100, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x7F00FF00 };
        for (int i : is) {
            System.out.println(i + ": " + Integer.toString(i, 2) + " " + Integer.toString(i, 5) + " " + Integer.toString(i, 36) + " "
                + Integer.toHexString(i) + " " + Integer.toOctalString(i) + " " + Integer.toBinaryString(i) + " " + Integer.parseInt(Integer.toString(i, 7), 7));
        }
        System.out.println(Long.divideUnsigned(-1L, 10) + " " + Long.remainderUnsigned(-1L, 10) + " " + Long.compareUnsigned(-1L, 1L) + " " + Long.compareUnsigned(1L, 2L));
        System.out.println(Long.divideUnsigned(Long.MIN_VALUE, 3) + " " + Long.remainderUnsigned(Long.MIN_VALUE + 5, 7) + " " + Long.toUnsignedString(Long.MIN_VALUE));
        for (char c = '0'; c <= 'z'; c += 7) {
            System.out.print(c + ":" + Character.digit(c, 36) + "/" + Character.digit(c, 16) + " ");
        }
        System.out.println();
        for (int d = 0; d < 40; d += 3) System.out.print(Character.forDigit(d, 36) + "" + Character.forDigit(d, 10));
        System.out.println();
        System.out.println(Byte.parseByte("-80", 16) + " " + Short.parseShort("7fff", 16) + " " + Integer.valueOf("-zz", 36) + " " + Byte.toUnsignedInt((byte) -3) + " " + Short.toUnsignedLong((short) -2));
    }
}
