// Exceptions thrown and caught inside threads: try/catch/finally in each thread, exceptions
// crossing several frames of the thread, and results handed back through fields read after join.
public class ThrCaughtInside {
    static int parse(String s) {
        return Integer.parseInt(s);
    }

    static int risky(int k) {
        if (k % 3 == 0) throw new IllegalStateException("multiple of three: " + k);
        if (k % 3 == 1) return parse("x" + k);
        return k * 10;
    }

    public static void main(String[] args) throws InterruptedException {
        String[] results = new String[6];
        Thread[] ts = new Thread[6];
        for (int i = 0; i < ts.length; i++) {
            final int k = i;
            ts[i] = new Thread(() -> {
                StringBuilder sb = new StringBuilder();
                try {
                    sb.append("value ").append(risky(k));
                } catch (IllegalStateException e) {
                    sb.append("ISE ").append(e.getMessage());
                } catch (NumberFormatException e) {
                    sb.append("NFE ").append(e.getMessage());
                } finally {
                    sb.append(" [finally]");
                }
                try {
                    try {
                        throw new RuntimeException("inner " + k);
                    } finally {
                        sb.append(" [inner finally]");
                    }
                } catch (RuntimeException e) {
                    sb.append(" caught ").append(e.getMessage());
                }
                results[k] = sb.toString();
            });
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        for (int i = 0; i < results.length; i++) System.out.println(i + ": " + results[i]);
    }
}
