// Extra: class-init failures (ExceptionInInitializerError then NoClassDefFoundError), lazy init order of nested holders, StackOverflowError caught and recovery, finally ordering with returns
import java.util.*;
public class X08InitErrors {
    static final List<String> order = new ArrayList<>();
    static class Bad { static int v; static { order.add("Bad.clinit"); if (order.size() > 0) throw new IllegalStateException("bad init"); } static int get() { return v; } }
    static class Holder { static final long VALUE; static { order.add("Holder.clinit"); VALUE = compute(); } static long compute() { long s = 0; for (int i = 1; i <= 100; i++) s += (long) i * i; return s; } }
    static class Chain1 { static final int A; static { order.add("Chain1"); A = Chain2.B + 1; } }
    static class Chain2 { static final int B; static { order.add("Chain2"); B = 41; } }
    static int depth = 0;
    static void recurse() { depth++; recurse(); }
    @SuppressWarnings("finally")
    static int fin(int x) { try { if (x > 0) return x; throw new RuntimeException("neg"); } catch (RuntimeException e) { return -1; } finally { order.add("fin" + x); if (x == 99) return 999; } }
    public static void main(String[] args) {
        order.add("main");
        try { Bad.get(); } catch (ExceptionInInitializerError e) { System.out.println("EIIE cause=" + e.getCause()); }
        try { Bad.get(); } catch (NoClassDefFoundError e) { System.out.println("NCDFE " + (e.getMessage() != null)); }
        System.out.println(Holder.VALUE + " " + Chain1.A + " " + order);
        try { recurse(); } catch (StackOverflowError e) { System.out.println("SOE caught, depth>100: " + (depth > 100)); }
        depth = 0;
        System.out.println(fin(5) + " " + fin(-5) + " " + fin(99) + " " + order.subList(order.size() - 3, order.size()));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            try { try { if (i == 1) throw new IllegalArgumentException("i1"); sb.append("body").append(i); } finally { sb.append("-inner").append(i); } }
            catch (IllegalArgumentException e) { sb.append("-caught"); continue; }
            finally { sb.append("-outer").append(i).append(' '); }
            sb.append("-after ");
        }
        System.out.println(sb);
    }
}
