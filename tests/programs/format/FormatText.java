// String.format and String.formatted with the general conversions: %s %S with width, precision
// (truncation) and '-', %c %C of chars and code points (one beyond the BMP), %b %B of null,
// Boolean and other objects, %h %H, %n, %%, and argument indexes: explicit (%2$s), relative (%<s)
// and ordinary ones mixed. An object's toString() may itself call String.format.
public class FormatText {
    record Point(int x, int y) {
        @Override
        public String toString() {
            return String.format("(%d, %d)", x, y);
        }
    }

    public static void main(String[] args) {
        String[] words = {"", "a", "hello", "Straße", "caf\u00e9"};
        for (String w : words) {
            System.out.println(String.format("[%s][%8s][%-8s][%.3s][%8.2s][%-8.1s][%S][%.4S]", w, w, w, w, w, w, w, w));
        }
        System.out.println(String.format("%s %s %s", null, new Point(3, -4), 'c'));
        System.out.println(String.format("[%c][%3c][%-3c][%C][%c][%c][%C]", 'x', 'y', 'z', 'q', 65, 0x1F600, (int) '\u00df'));
        System.out.println(String.format("[%b][%B][%b][%b][%.2b][%6b][%-6b]", null, true, "false", Boolean.FALSE, true, false, true));
        System.out.println(String.format("[%h][%H][%h][%h]", "hello", "hello", 42, null));
        System.out.println(String.format("%2$s %1$s %<s %s %s %3$S", "one", "two", "three"));
        System.out.println("%s=%d%%".formatted("load", 75));
        System.out.println(String.format("line1%nline2%n%5%|%-5%|"));
        System.out.println(String.format("no specifiers at all"));
        System.out.println(String.format("%s and %s", (Object[]) new String[] {"arrays", "varargs"}));
        System.out.println(String.format("%s", (Object) new String[] {"x"}.length));
        Object[] none = null;
        System.out.println(String.format("%s %s", none));
        StringBuilder table = new StringBuilder();
        String[] names = {"Ann", "Bartholomew", "Cy"};
        int[] scores = {93, 7, 100};
        for (int i = 0; i < names.length; i++) {
            table.append(String.format("%-8.8s|%5d|%5.1s|%n", names[i], scores[i], names[i]));
        }
        System.out.print(table);
        System.out.printf("%s has %d items costing %,d cents%n", "cart", 3, 123456);
        System.out.format("%08X|%-6s|%c%n", 0xCAFE, "ok", '!');
        System.out.printf("%s%n", new Point(1, 2));
    }
}
