public class ExTraceManyThrowables {
    static Exception[] chain(String prefix, int n) {
        Exception[] c = new Exception[n];
        for (int i = n - 1; i >= 0; i--) {
            c[i] = new Exception(prefix + i, i == n - 1 ? null : c[i + 1]);
        }
        return c;
    }

    public static void main(String[] args) {
        // a report with more than 8 throwables, where a later sibling was printed in an earlier branch
        Exception p = new Exception("primary");
        Exception[] c = chain("c", 10);
        Exception s1 = new Exception("s1", c[0]);
        p.addSuppressed(s1);
        p.addSuppressed(c[8]);      // already printed inside s1's cause chain
        p.addSuppressed(c[3]);      // printed early in that chain
        p.printStackTrace(System.out);

        System.out.println("-- many suppressed, then a cycle back to one of them");
        Exception q = new Exception("q");
        Exception[] ss = new Exception[12];
        for (int i = 0; i < ss.length; i++) {
            ss[i] = new Exception("ss" + i);
            q.addSuppressed(ss[i]);
        }
        Exception tail = new Exception("tail", ss[10]);
        q.initCause(tail);
        q.printStackTrace(System.out);

        System.out.println("-- a long cause chain of 20");
        Exception[] longc = chain("L", 20);
        longc[19].initCause(longc[5]);
        longc[0].printStackTrace(System.out);
        System.out.println("done");
    }
}
