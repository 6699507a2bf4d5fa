// Lambdas: capturing loop variables (effectively final copies), Runnable lists, captured arrays as mutable cells, captured longs/doubles, this-capture
import java.util.*;
import java.util.function.*;
public class L05CaptureLoop {
    int field = 7;
    List<Runnable> makeTasks(StringBuilder out) {
        List<Runnable> rs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            final int k = i;
            long big = (1L << 40) + i;
            double d = i / 4.0;
            rs.add(() -> out.append("t").append(k).append(':').append(big).append(':').append(d).append(':').append(field++).append(' '));
        }
        return rs;
    }
    public static void main(String[] args) {
        StringBuilder out = new StringBuilder();
        L05CaptureLoop self = new L05CaptureLoop();
        List<Runnable> tasks = self.makeTasks(out);
        for (Runnable r : tasks) r.run();
        Collections.reverse(tasks);
        for (Runnable r : tasks) r.run();
        System.out.println(out + "field=" + self.field);
        List<Supplier<String>> sups = new ArrayList<>();
        for (String s : List.of("a", "bb", "ccc")) for (int j = 1; j <= 2; j++) { int jj = j; sups.add(() -> s.repeat(jj)); }
        StringJoiner sj = new StringJoiner("|");
        for (Supplier<String> s : sups) { String v = s.get(); sj.add(v); } // local avoids checkcast CharSequence (bugs/B01)
        System.out.println(sj);
        int[] cell = { 0 };
        long[] lcell = { 1 };
        List<IntConsumer> adders = new ArrayList<>();
        for (int i = 1; i <= 5; i++) { int w = i; adders.add(x -> { cell[0] += x * w; lcell[0] *= (x + w); }); }
        for (int round = 0; round < 3; round++) for (IntConsumer c : adders) c.accept(round + 1);
        System.out.println(cell[0] + " " + lcell[0]);
        Map<String, Runnable> commands = new LinkedHashMap<>();
        Deque<Integer> stack = new ArrayDeque<>();
        commands.put("push1", () -> stack.push(1));
        commands.put("push2", () -> stack.push(2));
        commands.put("add", () -> stack.push(stack.pop() + stack.pop()));
        commands.put("dup", () -> stack.push(stack.peek()));
        commands.put("mul", () -> stack.push(stack.pop() * stack.pop()));
        String prog = "push1 push2 add dup mul dup add push2 mul dup dup mul add";
        for (String c : prog.split(" ")) commands.get(c).run();
        System.out.println("stack " + stack);
        Runnable[] chain = new Runnable[6];
        StringBuilder trace = new StringBuilder();
        for (int i = 5; i >= 0; i--) {
            int k = i;
            Runnable next = i == 5 ? () -> trace.append("end") : chain[i + 1];
            chain[i] = () -> { trace.append(k).append('>'); next.run(); };
        }
        chain[0].run();
        System.out.println(trace);
        List<Function<Integer, Integer>> fns = new ArrayList<>();
        int base = 3;
        for (int i = 0; i < 5; i++) {
            int m = i;
            fns.add(x -> {
                Function<Integer, Integer> inner = y -> y * m + base;
                BiFunction<Integer, Integer, Integer> combine = (p, q) -> inner.apply(p) - q;
                return combine.apply(x, m * m);
            });
        }
        StringBuilder r = new StringBuilder();
        for (var f : fns) r.append(f.apply(10)).append(',');
        System.out.println(r);
        try {
            List<Runnable> bad = List.of(() -> System.out.println("ok1"), () -> { throw new ArithmeticException("inside runnable " + base); }, () -> System.out.println("never"));
            for (Runnable b : bad) b.run();
        } catch (ArithmeticException e) { System.out.println("caught: " + e.getMessage()); }
    }
}
