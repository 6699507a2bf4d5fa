// Local and anonymous classes capturing variables: effectively final locals and parameters copied
// at construction, captured arrays whose contents stay shared, one fresh copy per loop iteration,
// a local class in an instance method also capturing this (field writes visible, local copies
// not), nested anonymous classes capturing through each other.
public class LocalCapture {
    interface Supplier { int get(); }
    interface Action { void run(); }

    int field = 5;

    static Supplier[] makeCounters(int base) {
        Supplier[] out = new Supplier[4];
        for (int i = 0; i < out.length; i++) {
            int copy = i * base; // a fresh variable each iteration
            out[i] = new Supplier() { public int get() { return copy + 1; } };
        }
        return out;
    }

    static Supplier adder(int a, int b) {
        class Adder implements Supplier {
            final int extra;
            Adder(int extra) { this.extra = extra; }
            public int get() { return a + b + extra; }
            Adder twice() { return new Adder(extra * 2); }
        }
        return new Adder(100).twice();
    }

    Supplier instanceCapture(int p) {
        int local = p * 3;
        class Reader implements Supplier {
            public int get() { return field * 1000 + local; } // captures this and local
        }
        return new Reader();
    }

    static Action accumulate(int[] box, String label, StringBuilder log) {
        int step = label.length();
        return new Action() {
            int runs;
            public void run() {
                runs++;
                box[0] += step;
                log.append(label).append(runs).append(':').append(box[0]).append(' ');
            }
        };
    }

    public static void main(String[] args) {
        Supplier[] cs = makeCounters(10);
        String s = "";
        for (Supplier c : cs) s += c.get() + " ";
        System.out.println("per-iteration captures: " + s);

        System.out.println("local class: " + adder(3, 4).get() + " " + adder(-3, 3).get());

        LocalCapture lc = new LocalCapture();
        Supplier r = lc.instanceCapture(7);
        System.out.println("instance capture: " + r.get());
        lc.field = 9; // the captured this is shared, the captured local is a copy
        System.out.println("after field write: " + r.get());

        int[] box = { 0 };
        StringBuilder log = new StringBuilder();
        Action a1 = accumulate(box, "ab", log), a2 = accumulate(box, "xyz", log);
        a1.run(); a2.run(); a1.run(); a1.run(); a2.run();
        System.out.println("shared array: " + box[0] + " log " + log);

        int x = 1;
        int y = x + 1;
        Supplier sx = new Supplier() { public int get() { return x * 10 + y; } };
        int z = sx.get();
        Supplier nested = new Supplier() {
            public int get() {
                Supplier inner = new Supplier() { public int get() { return z + x + y; } };
                return inner.get() * 2;
            }
        };
        System.out.println("nested anonymous captures: " + sx.get() + " " + nested.get());
        System.out.println("class names: " + cs[0].getClass().getName() + " " + adder(0, 0).getClass().getName() + " "
                + r.getClass().getName() + " '" + sx.getClass().getSimpleName() + "' " + r.getClass().getSimpleName());
    }
}
