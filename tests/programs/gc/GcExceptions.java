public class GcExceptions {
    static int churn(int kb) {
        int acc = 0;
        for (int k = 0; k < kb; k++) { int[] a = new int[100]; String s = "g" + k; Object[] o = { a, s }; acc += ((int[]) o[0]).length + s.length(); }
        return acc & 1;
    }
    static class Payload { final int[] data; final String tag; Payload(int n, String tag) { data = new int[n]; for (int i = 0; i < n; i++) data[i] = i ^ n; this.tag = tag; } 
        int sum() { int s = tag.length(); for (int i = 0; i < data.length; i++) s = s * 3 + data[i]; return s; } }
    static class CarryException extends Exception {
        final Payload payload; final Object[] extra;
        CarryException(String msg, Payload p, Throwable cause) { super(msg, cause); payload = p; extra = new Object[] { new int[] { p.data.length }, "x" + msg }; churn(5); }
    }
    static class Res implements AutoCloseable {
        final String name; final Payload p;
        Res(String name) { this.name = name; p = new Payload(8, name); }
        public void close() throws CarryException { churn(10); throw new CarryException("close " + name, new Payload(3, name), null); }
    }

    static void deep(int d, int id) throws CarryException {
        Payload local = new Payload(d + 2, "d" + d);
        if (d == 0) { churn(20); throw new CarryException("deep" + id, new Payload(10 + id % 7, "p" + id), null); }
        try {
            deep(d - 1, id);
        } finally {
            churn(3);
            if (d % 3 == 0) System.gc();
            if (local.sum() == 12345678) System.out.println("never");
        }
    }
    static void wrap(int id) throws CarryException {
        try {
            deep(8, id);
        } catch (CarryException e) {
            churn(10);
            throw new CarryException("wrap" + id, new Payload(4, "w"), e);
        }
    }
    static int describe(Throwable t) {
        int s = 0;
        for (; t != null; t = t.getCause()) {
            s = s * 31 + t.getMessage().length();
            if (t instanceof CarryException) { CarryException c = (CarryException) t; s = s * 7 + c.payload.sum() + ((int[]) c.extra[0])[0] + ((String) c.extra[1]).length(); }
        }
        return s;
    }

    public static void main(String[] args) {
        Throwable[] kept = new Throwable[60];
        int n = 0;
        for (int r = 0; r < 30; r++) {
            try { wrap(r); } catch (CarryException e) { kept[n++] = e; }
            try {
                try (Res a = new Res("a" + r); Res b = new Res("b" + r)) {
                    churn(5);
                    if (r % 2 == 0) throw new CarryException("body" + r, new Payload(6, "body"), null);
                }
            } catch (CarryException e) { kept[n++] = e; }
            churn(30);
        }
        System.gc();
        churn(2500);
        for (int i = 0; i < n; i++) {
            Throwable t = kept[i];
            Throwable[] sup = t.getSuppressed();
            int ss = 0;
            for (int k = 0; k < sup.length; k++) ss = ss * 13 + describe(sup[k]);
            System.out.println(i + ": " + t.getMessage() + " cause=" + (t.getCause() == null ? "-" : t.getCause().getMessage()) + " d=" + describe(t) + " sup=" + sup.length + "/" + ss);
        }
        // an exception object only reachable through another's cause chain
        Throwable chainTop = null;
        for (int i = 0; i < 40; i++) { chainTop = new RuntimeException("link" + i, chainTop); churn(8); }
        Throwable head = new CarryException("head", new Payload(5, "h"), chainTop);
        chainTop = null;
        churn(1500);
        int links = 0, lsum = 0;
        for (Throwable t = head; t != null; t = t.getCause()) { links++; lsum = lsum * 3 + t.getMessage().charAt(t.getMessage().length() - 1); }
        System.out.println("chain links=" + links + " sum=" + lsum);
        // stack traces survive collections
        kept[0].printStackTrace(System.out);
        kept[1].printStackTrace(System.out);
        // a custom exception thrown through a frame holding many references
        int caught = 0;
        for (int r = 0; r < 20; r++) {
            Payload p1 = new Payload(r + 1, "p1"), p2 = new Payload(r + 2, "p2"), p3 = new Payload(r + 3, "p3");
            try {
                if (churn(r) >= 0) throw new CarryException("loop", p2, null);
            } catch (CarryException e) {
                caught += e.payload.sum() + p1.sum() + p3.sum();
            } finally {
                churn(20);
                caught += p2.sum();
            }
        }
        System.out.println("caught " + caught);
    }
}
