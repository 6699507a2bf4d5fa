// this escapes before a final field is assigned: stored into a static, handed to a method, and
// read back through the static by a method the constructor calls and by another thread that the
// constructor lets run. Every read before the assignment sees the default value, as on HotSpot.
public class FinalsEscape {
    static FinalsEscape last;
    static Holder held;
    static final StringBuilder log = new StringBuilder();

    final int[] data;
    final int code;

    FinalsEscape(int n) {
        last = this;
        peek("before");
        Thread t = new Thread(() -> log.append("thread sees ").append(last.data == null ? "null" : "array")
                .append(' ').append(last.code).append('\n'));
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new RuntimeException(e);
        }
        data = new int[n];
        code = 42;
        peek("after");
    }

    static void peek(String when) {
        log.append(when).append(": ").append(last.data == null ? "null" : "len " + last.data.length)
                .append(" code ").append(last.code).append('\n');
    }

    static class Holder {
        final int[] cells;
        final Holder self;

        Holder() {
            self = register(this); // this handed out before cells is assigned
            cells = new int[3];
        }

        static Holder register(Holder h) {
            held = h;
            log.append("register: cells ").append(h.cells == null ? "null" : "set").append('\n');
            return h;
        }
    }

    public static void main(String[] args) {
        FinalsEscape e = new FinalsEscape(6);
        int s = 0;
        for (int i = 0; i < e.data.length; i++) {
            s += e.data[i] + e.code;
        }
        log.append("sum ").append(s).append('\n');
        Holder h = new Holder();
        log.append("held cells ").append(held.cells.length).append(' ').append(h.self == h).append('\n');
        System.out.print(log);
    }
}
