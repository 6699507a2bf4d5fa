// An uncaught user exception with a two-level cause chain ends the program: HotSpot prints
// 'Exception in thread "main" ' + toString(), the frames, then "Caused by:" sections whose frames
// in common with the enclosing trace collapse into "... n more", and exits with status 1. Output
// printed before the throw must be flushed first; the finally on the way out still runs.
public class UncaughtWithCause {
    static class ConfigError extends RuntimeException {
        ConfigError(String m, Throwable c) { super(m, c); }
    }

    static class ParseFailure extends Exception {
        final int line;
        ParseFailure(int line, Throwable c) { super("bad line " + line, c); this.line = line; }
    }

    static int parseDigit(char c) {
        if (c < '0' || c > '9') throw new IllegalArgumentException("not a digit: " + c);
        return c - '0';
    }

    static int parseLine(String s, int line) throws ParseFailure {
        try {
            int v = 0;
            for (int i = 0; i < s.length(); i++) v = v * 10 + parseDigit(s.charAt(i));
            return v;
        } catch (IllegalArgumentException e) {
            throw new ParseFailure(line, e);
        }
    }

    static int load(String[] lines) {
        int sum = 0;
        try {
            for (int i = 0; i < lines.length; i++) {
                sum += parseLine(lines[i], i + 1);
                System.out.println("line " + (i + 1) + " ok, sum " + sum);
            }
        } catch (ParseFailure p) {
            throw new ConfigError("config rejected after sum " + sum, p);
        } finally {
            System.out.println("load finished");
        }
        return sum;
    }

    public static void main(String[] args) {
        System.out.println("total " + load(new String[] { "12", "305" }));
        System.out.println("total " + load(new String[] { "7", "4x2", "9" }));
    }
}
