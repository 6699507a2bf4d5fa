// Callbacks through interfaces: an event bus holding listener objects in an interface array
// (named classes, anonymous classes capturing locals, a listener that unsubscribes itself while
// being notified), a strategy chosen at run time, and an abstract class that implements part of an
// interface, leaving the rest to subclasses, called through both the interface and the class.
public class Callbacks {
    interface Listener { void on(String event, int value); }
    interface Filter { boolean accept(int value); }

    static class Bus {
        Listener[] ls = new Listener[4];
        int n;
        void subscribe(Listener l) { ls[n++] = l; }
        void unsubscribe(Listener l) {
            for (int i = 0; i < n; i++) if (ls[i] == l) { for (int j = i; j < n - 1; j++) ls[j] = ls[j + 1]; ls[--n] = null; return; }
        }
        void publish(String e, int v) {
            Listener[] snapshot = new Listener[n];
            for (int i = 0; i < n; i++) snapshot[i] = ls[i];
            for (Listener l : snapshot) l.on(e, v);
        }
    }

    static class Recorder implements Listener {
        final String name; String log = "";
        Recorder(String name) { this.name = name; }
        public void on(String e, int v) { log += e + v + " "; }
    }

    static class Summer implements Listener {
        int total; final Filter f;
        Summer(Filter f) { this.f = f; }
        public void on(String e, int v) { if (f.accept(v)) total += v; }
    }

    interface Op { int apply(int a, int b); String symbol(); }
    static abstract class NamedOp implements Op {
        private final String sym;
        NamedOp(String sym) { this.sym = sym; }
        public String symbol() { return sym; }
        int fold(int[] xs) { int acc = xs[0]; for (int i = 1; i < xs.length; i++) acc = apply(acc, xs[i]); return acc; }
    }
    static class Plus extends NamedOp { Plus() { super("+"); } public int apply(int a, int b) { return a + b; } }
    static class Max extends NamedOp { Max() { super("max"); } public int apply(int a, int b) { return a > b ? a : b; } }

    public static void main(String[] args) {
        Bus bus = new Bus();
        Recorder r1 = new Recorder("r1");
        bus.subscribe(r1);
        final int threshold = 10;
        Summer big = new Summer(new Filter() { public boolean accept(int v) { return v > threshold; } });
        Summer odd = new Summer(new Filter() { public boolean accept(int v) { return (v & 1) != 0; } });
        bus.subscribe(big);
        bus.subscribe(odd);
        int[] count = { 0 };
        bus.subscribe(new Listener() {
            public void on(String e, int v) {
                count[0]++;
                if (count[0] == 3) { bus.unsubscribe(this); System.out.println("  counter unsubscribed itself at " + e); }
            }
        });
        String[] events = { "a", "b", "c", "d", "e", "f" };
        for (int i = 0; i < events.length; i++) {
            bus.publish(events[i], i * 7 - 5);
            System.out.println("after " + events[i] + ": listeners " + bus.n + " big " + big.total + " odd " + odd.total + " count " + count[0]);
        }
        bus.unsubscribe(r1);
        bus.publish("z", 99);
        System.out.println("r1 log: " + r1.log + "| big " + big.total + " odd " + odd.total);

        NamedOp[] ops = { new Plus(), new Max(), new NamedOp("*") { public int apply(int a, int b) { return a * b; } } };
        int[] data = { 3, -1, 4, 1, -5, 9, 2 };
        for (NamedOp op : ops) {
            Op asInterface = op;
            System.out.println("fold " + asInterface.symbol() + " = " + op.fold(data) + ", apply(6,7) = " + asInterface.apply(6, 7));
        }
    }
}
