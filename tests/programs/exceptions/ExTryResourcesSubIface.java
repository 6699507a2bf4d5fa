public class ExTryResourcesSubIface {
    static StringBuilder log = new StringBuilder();

    interface Redeclared extends AutoCloseable { void close(); }      // narrows: no checked exception
    interface Inherited extends AutoCloseable { String name(); }      // close() inherited from AutoCloseable

    static class A implements Redeclared {
        boolean fail;
        A(boolean fail) { this.fail = fail; }
        public void close() { log.append("closeA "); if (fail) throw new IllegalStateException("A close"); }
    }
    static class B implements Inherited {
        public String name() { return "B"; }
        public void close() throws Exception { log.append("closeB "); throw new Exception("B close"); }
    }

    public static void main(String[] args) {
        for (int i = 0; i < 2; i++) {
            try (Redeclared r = new A(i == 1)) {
                log.append("bodyA ");
                if (i == 1) throw new ArithmeticException("bodyA fails");
            } catch (RuntimeException e) {
                log.append("caught " + e.getMessage() + " supp=" + e.getSuppressed().length + " ");
            }
            System.out.println(log);
            log.setLength(0);
        }
        try (Inherited b = new B()) {
            log.append("bodyB " + b.name() + " ");
        } catch (Exception e) {
            log.append("caught " + e.getMessage());
        }
        System.out.println(log);
    }
}
