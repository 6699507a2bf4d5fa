// ThreadLocal: each thread sees its own value, withInitial supplies a fresh one per thread,
// remove() brings the initial value back, and main's value is untouched by the workers.
public class ThrThreadLocal {
    static final ThreadLocal<StringBuilder> buf = ThreadLocal.withInitial(StringBuilder::new);
    static final ThreadLocal<Integer> id = new ThreadLocal<>();
    static int initialCalls;

    static final ThreadLocal<Integer> counted = ThreadLocal.withInitial(() -> {
        synchronized (ThrThreadLocal.class) {
            return ++initialCalls * 100;
        }
    });

    public static void main(String[] args) throws InterruptedException {
        id.set(-1);
        buf.get().append("main");
        String[] out = new String[4];
        Thread[] ts = new Thread[4];
        for (int i = 0; i < 4; i++) {
            final int k = i;
            ts[i] = new Thread(() -> {
                String before = String.valueOf(id.get());
                id.set(k);
                for (int j = 0; j <= k; j++) {
                    buf.get().append(k);
                    Thread.yield();
                }
                int c = counted.get();
                out[k] = "thread " + k + ": id before " + before + ", id " + id.get() + ", buf " + buf.get()
                        + ", counted>0 " + (c > 0);
            });
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        for (String s : out) System.out.println(s);
        System.out.println("main: id " + id.get() + ", buf " + buf.get() + ", initial calls " + initialCalls);
        id.remove();
        buf.remove();
        System.out.println("after remove: id " + id.get() + ", buf '" + buf.get() + "'");
    }
}
