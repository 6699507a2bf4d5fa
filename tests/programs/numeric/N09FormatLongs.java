// Numeric: String.format with %d %x %o %s %c %b flags, width, index over ints/longs/shorts/bytes
public class N09FormatLongs {
    public static void main(String[] args) {
        long[] ls = { 0L, 42L, -42L, Long.MAX_VALUE, Long.MIN_VALUE, 1234567890123L, -1L };
        for (long l : ls) {
            System.out.println(String.format("[%d] [%25d] [%-25d] [%+d] [% d] [%,d] [%(d] [%025d]", l, l, l, l, l, l, l, l));
            System.out.println(String.format("[%x] [%X] [%#x] [%o] [%#o] [%20x] [%-20X|] [%s]", l, l, l, l, l, l, l, l));
        }
        int[] is = { 0, 7, -7, Integer.MIN_VALUE, 1000000 };
        for (int i : is) System.out.printf("%d|%5d|%-5d|%05d|%,d|%x|%o|%+,10d|%(,d%n", i, i, i, i, i, i, i, i, i);
        byte b = -1; short s = -2;
        System.out.println(String.format("%x %x %d %o %X", b, s, b, s, (byte) 0x7f));
        System.out.println(String.format("%2$s-%1$s-%2$s %3$c%3$c %4$b %5$b %6$b", "a", "b", 'z', null, "x", false));
        System.out.println(String.format("%s %S %10s|%-10s|%.3s %c %C %%", "hello", "hello", "right", "left", "truncate", 65, 'q'));
        System.out.println(String.format("%s %s %s %s", 1L << 40, Long.valueOf(-5), (Object) Integer.valueOf(9), new int[0].length));
        System.out.println("%d items, %s total, %x mask".formatted(3, 9999999999L, 0xFFFF_FFFFL));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 6; i++) sb.append(String.format("%3d:%-4x;", i * i * 1000, (long) i << 33));
        System.out.println(sb);
        String[] bad = { "%d", "%q", "%5", "%-d", "%#d" };
        for (String f : bad) {
            try { System.out.println(String.format(f, "str")); }
            catch (java.util.IllegalFormatException e) { System.out.println(f + " -> " + e.getClass().getSimpleName() + ": " + e.getMessage()); }
        }
        try { String.format("%s %s", "one"); } catch (java.util.MissingFormatArgumentException e) { System.out.println("missing " + e.getMessage()); }
        System.out.println(String.format("%-8s|%8s|", true, null) + String.format("%b %B", "x", 0));
    }
}
