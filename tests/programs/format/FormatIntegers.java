// String.format's integer conversions %d %x %X %o on Integer, Long, Short and Byte arguments:
// every flag (- # + space 0 , () that each takes, with and without widths, negative values in
// two's complement for %x/%o, grouping of MIN/MAX values, and zero padding after the sign.
public class FormatIntegers {
    public static void main(String[] args) {
        Object[] values = {0, 1, -1, 42, -42, 1234567, -1234567, Integer.MAX_VALUE, Integer.MIN_VALUE,
                0L, -1L, 9876543210L, Long.MAX_VALUE, Long.MIN_VALUE, (short) -1234, (short) 77,
                Short.MIN_VALUE, (byte) -128, (byte) 5, (byte) -1};
        String[] decimal = {"%d", "%8d", "%-8d|", "%08d", "%+d", "% d", "%(d", "%,d", "%,15d", "%-+,15d|",
                "%(,015d", "%+010d", "% (d", "%(08d", "%0,12d"};
        String[] radix = {"%x", "%X", "%#x", "%#X", "%o", "%#o", "%12x", "%-12x|", "%012x", "%#014X", "%#-12o|"};
        for (Object v : values) {
            StringBuilder line = new StringBuilder();
            for (String f : decimal) {
                line.append('[').append(String.format(f, v)).append(']');
            }
            System.out.println(line);
            line.setLength(0);
            for (String f : radix) {
                line.append('[').append(String.format(f, v)).append(']');
            }
            System.out.println(line);
        }
        System.out.println(String.format("%d + %d = %d", 2, 3L, (short) 5));
        System.out.println(String.format("%,d bytes, %x hex, %o octal", 1048576, 1048576, 1048576));
        for (int i = -3; i <= 3; i++) {
            System.out.printf("%3d|%-3d|%03d|%+d|%x%n", i, i, i, i * 1000, (byte) i);
        }
        long acc = 1;
        for (int i = 0; i < 20; i++) {
            acc = acc * 7 + i;
            System.out.printf("%,26d %016x%n", acc * (i % 2 == 0 ? 1 : -1), acc);
        }
    }
}
