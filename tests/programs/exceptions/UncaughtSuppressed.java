// An uncaught exception from a try-with-resources body whose resources also fail to close: the
// report shows the primary exception, then a "\tSuppressed: " section per close failure (in
// closing order, each with its own frames and "... n more"), and the program exits with status 1
// after the resources' close() calls have printed.
public class UncaughtSuppressed {
    static class Channel implements AutoCloseable {
        final String name;
        Channel(String name) { this.name = name; System.out.println("open " + name); }
        void send(int v) {
            if (v > 2) throw new IllegalStateException(name + " cannot send " + v);
            System.out.println(name + " sent " + v);
        }
        @Override public void close() {
            System.out.println("close " + name);
            throw new UnsupportedOperationException("close of " + name + " failed");
        }
    }

    static void transmit(int n) {
        try (Channel a = new Channel("alpha"); Channel b = new Channel("beta")) {
            for (int i = 0; i < n; i++) {
                a.send(i);
                b.send(i + 1);
            }
        }
    }

    public static void main(String[] args) {
        try {
            transmit(1);
        } catch (UnsupportedOperationException e) {
            System.out.println("caught " + e.getMessage() + " with " + e.getSuppressed().length + " suppressed: " + e.getSuppressed()[0].getMessage());
        }
        transmit(5);
    }
}
