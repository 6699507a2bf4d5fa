// Objects kept alive only through compiler-made references: an inner object's this$0 (the outer
// object has no other reference), values captured by anonymous and local classes (synthetic
// val$ fields), an exception's cause and suppressed list, and a generic container's erased Object
// field. Heavy allocation between creation and use forces collections in between.
public class CapturedRoots {
    interface Probe { int read(); }

    final int[] outerData;
    CapturedRoots(int n) { outerData = new int[n]; for (int i = 0; i < n; i++) outerData[i] = i * n; }

    class Inner implements Probe {
        public int read() { int s = 0; for (int v : outerData) s += v; return s; }
    }

    static class Holder<T> {
        T value;
        Holder(T value) { this.value = value; }
    }

    static int garbage(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) { int[] a = new int[10]; a[9] = i; s += a[9]; Object o = new Holder<int[]>(a); s += o == null ? 1 : 0; }
        return s;
    }

    static Probe anonymous(int size) {
        int[] captured = new int[size];
        for (int i = 0; i < size; i++) captured[i] = i + 1;
        String label = "cap" + size;
        return new Probe() {
            public int read() { int s = label.length(); for (int v : captured) s += v; return s; }
        };
    }

    static Probe local(int k) {
        Holder<String> h = new Holder<String>("local-" + k);
        class Reader implements Probe {
            public int read() { return h.value.length() * 100 + k; }
        }
        return new Reader();
    }

    public static void main(String[] args) {
        Probe[] probes = new Probe[6];
        probes[0] = new CapturedRoots(20).new Inner();
        probes[1] = new CapturedRoots(7).new Inner();
        probes[2] = anonymous(30);
        probes[3] = anonymous(3);
        probes[4] = local(5);
        probes[5] = local(12345);
        int[] expected = new int[probes.length];
        for (int i = 0; i < probes.length; i++) expected[i] = probes[i].read();
        String s = "";
        for (int e : expected) s += e + " ";
        System.out.println("expected " + s);

        RuntimeException failure = new RuntimeException("outer", new IllegalStateException("cause " + "#".repeat(5)));
        failure.addSuppressed(new IllegalArgumentException("suppressed " + 1));
        failure.addSuppressed(new ArithmeticException("suppressed " + 2));
        Holder<Holder<int[]>> nested = new Holder<Holder<int[]>>(new Holder<int[]>(new int[] { 4, 5, 6 }));

        for (int round = 1; round <= 5; round++) {
            int g = garbage(1500);
            boolean ok = true;
            for (int i = 0; i < probes.length; i++) ok &= probes[i].read() == expected[i];
            int n = nested.value.value[0] + nested.value.value[2];
            System.out.println("round " + round + " garbage " + g + " probes " + (ok ? "intact" : "BROKEN") + " nested " + n
                    + " cause " + failure.getCause().getMessage() + " suppressed " + failure.getSuppressed()[1].getMessage());
        }
    }
}
