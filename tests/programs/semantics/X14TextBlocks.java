// Extra: text blocks with escapes (\s, line continuation, quotes, unicode escapes), formatted(), line splitting and column layout, var in lambdas and for loops
import java.util.*;
import java.util.function.*;
public class X14TextBlocks {
    public static void main(String[] args) {
        var table = """
            name    | qty | price
            --------+-----+------
            apple   |  12 | 45
            "quoted"|   3 | 1999
            trailing\s\s
            joined \
            line
            tab\there \u00e9 \\ end
            """;
        System.out.print(table);
        var lines = table.split("\n");
        System.out.println(lines.length + " " + lines[4].length() + " [" + lines[4] + "] [" + lines[5] + "]");
        var tmpl = """
            {"id": %d, "name": "%s", "hex": "%08x", "ok": %b}""";
        for (var i = 0; i < 3; i++) System.out.println(tmpl.formatted(i, "n" + i, i * 0xABCDEF, i % 2 == 0));
        BiFunction<String, Integer, String> pad = (var s, var w) -> s.length() >= w ? s : s + " ".repeat(w - s.length());
        var rows = List.of(List.of("id", "value", "note"), List.of("1", "3.5", "x"), List.of("22", "-0.0", "longer note"));
        var widths = new int[3];
        for (var r : rows) for (var c = 0; c < 3; c++) widths[c] = Math.max(widths[c], r.get(c).length());
        var out = new StringBuilder();
        for (var r : rows) { for (var c = 0; c < 3; c++) out.append(pad.apply(r.get(c), widths[c] + 1)).append('|'); out.append('\n'); }
        System.out.print(out);
        var empty = """
            """;
        System.out.println("[" + empty + "] " + empty.isEmpty() + " " + """
            a
              b
            c""".replace('\n', '/'));
    }
}
