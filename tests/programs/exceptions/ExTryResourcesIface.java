public class ExTryResourcesIface {
    static StringBuilder log = new StringBuilder();

    static class Res implements AutoCloseable {
        String name;
        int failMode;
        Res(String name, int failMode) { this.name = name; this.failMode = failMode; log.append("open(").append(name).append(')'); }
        public void close() throws Exception {
            log.append("close(").append(name).append(')');
            if (failMode == 1) throw new IllegalStateException("close " + name);
            if (failMode == 2) throw new Exception("checked close " + name);
        }
    }

    static void viaInterface(int mode) throws Exception {
        try (AutoCloseable ac = new Res("iface", mode)) {
            log.append("ibody");
            if (mode == 3) throw new UnsupportedOperationException("ibody fails");
        }
    }

    public static void main(String[] args) {
        for (int m = 0; m <= 3; m++) {
            try {
                viaInterface(m);
                System.out.println("iface " + m + " ok " + log);
            } catch (Exception e) {
                System.out.println("iface " + m + " threw " + e + " supp=" + e.getSuppressed().length + " " + log);
            }
            log.setLength(0);
        }
    }
}
