// Lambdas: event bus with typed listeners, callbacks that unsubscribe themselves, observer on a generic property, ordering of dispatch
import java.util.*;
import java.util.function.*;
public class L07Callbacks {
    static final class Bus {
        private final Map<String, List<Consumer<Object>>> subs = new TreeMap<>();
        private final List<String> log = new ArrayList<>();
        Runnable on(String topic, Consumer<Object> c) {
            subs.computeIfAbsent(topic, k -> new ArrayList<>()).add(c);
            return () -> subs.get(topic).remove(c);
        }
        int emit(String topic, Object payload) {
            List<Consumer<Object>> l = subs.getOrDefault(topic, List.of());
            List<Consumer<Object>> copy = new ArrayList<>(l);
            for (Consumer<Object> c : copy) c.accept(payload);
            log.add(topic + "(" + copy.size() + ")");
            return copy.size();
        }
    }
    static final class Prop<T> {
        private T value; private final List<BiConsumer<T, T>> watchers = new ArrayList<>();
        Prop(T v) { value = v; }
        void watch(BiConsumer<T, T> w) { watchers.add(w); }
        void set(T v) { T old = value; value = v; if (!Objects.equals(old, v)) for (var w : watchers) w.accept(old, v); }
        T get() { return value; }
    }
    public static void main(String[] args) {
        Bus bus = new Bus();
        StringBuilder out = new StringBuilder();
        bus.on("num", o -> out.append("A").append(o).append(' '));
        Runnable[] unsub = new Runnable[1];
        int[] seen = { 0 };
        unsub[0] = bus.on("num", o -> { seen[0]++; out.append("B").append(o).append(' '); if (seen[0] == 2) unsub[0].run(); });
        bus.on("str", o -> out.append("S:").append(((String) o).toUpperCase()).append(' '));
        bus.on("num", o -> { if (o instanceof Integer i && i > 2) bus.emit("str", "big" + i); });
        for (int i = 1; i <= 4; i++) bus.emit("num", i);
        bus.emit("none", null);
        System.out.println(out);
        System.out.println(bus.log);
        Prop<Integer> temp = new Prop<>(20);
        Prop<String> status = new Prop<>("ok");
        List<String> events = new ArrayList<>();
        temp.watch((o, n) -> events.add("temp " + o + "->" + n));
        temp.watch((o, n) -> status.set(n > 30 ? "hot" : n < 10 ? "cold" : "ok"));
        status.watch((o, n) -> events.add("status " + o + "->" + n));
        for (int t : new int[] { 20, 25, 31, 35, 29, 5, 5, 12 }) temp.set(t);
        events.forEach(System.out::println);
        Prop<Double> price = new Prop<>(1.0);
        double[] hist = new double[8]; int[] hi = { 0 };
        price.watch((o, n) -> hist[hi[0]++] = n - o);
        for (int i = 1; i <= 8; i++) price.set(price.get() * 1.5 - 0.25);
        System.out.println(Arrays.toString(Arrays.copyOf(new String[] { String.valueOf(hist[0]), String.valueOf(hist[7]) }, 2)) + " " + price.get());
        Map<String, BiFunction<Integer, Integer, Integer>> handlers = new LinkedHashMap<>();
        handlers.put("max", Math::max); handlers.put("min", Math::min); handlers.put("gcd", L07Callbacks::gcd); handlers.put("pow", (a, b) -> (int) Math.round(Math.sqrt(a) * Math.sqrt(a)) * b);
        handlers.forEach((k, h) -> System.out.print(k + "=" + h.apply(84, 36) + " "));
        System.out.println();
    }
    static int gcd(int a, int b) { return b == 0 ? a : gcd(b, a % b); }
}
