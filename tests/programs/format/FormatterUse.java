// java.util.Formatter into a StringBuilder (its own, or one given) and onto System.out, chained
// format calls, a failing specifier that leaves the text before it in the builder, and the
// FormatterClosedException after close().
import java.util.Formatter;
import java.util.FormatterClosedException;
import java.util.IllegalFormatException;

public class FormatterUse {
    public static void main(String[] args) {
        Formatter f = new Formatter();
        f.format("%-6s|%6d|%n", "alpha", 1).format("%-6s|%6d|%n", "beta", -22);
        System.out.print(f);
        StringBuilder sb = new StringBuilder("log: ");
        Formatter g = new Formatter(sb);
        for (int i = 1; i <= 3; i++) {
            g.format("[%02d:%x]", i, i * 255);
        }
        System.out.println(sb);
        try {
            g.format(" ok %d then %d", 5, "bad");
        } catch (IllegalFormatException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(g);
        Formatter out = new Formatter(System.out);
        out.format("straight to the console: %s %c%n", "yes", '!');
        out.flush();
        try (Formatter t = new Formatter()) {
            t.format("%s", "in try");
            System.out.println(t);
        }
        g.close();
        try {
            g.format("x");
        } catch (FormatterClosedException e) {
            System.out.println("closed: " + e);
        }
        System.out.println(g.ioException());
    }
}
