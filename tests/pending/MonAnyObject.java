// Any object is a monitor: arrays, strings, boxed values, enum constants, records, lambdas and
// Class objects can be locked, waited on and notified; locking does not change their identity
// hash, equals or contents. A worker proves each lock was released by taking it afterwards.
public class MonAnyObject {
    enum Color { RED, GREEN }

    record Point(int x, int y) {}

    public static void main(String[] args) throws InterruptedException {
        Runnable r = () -> {};
        Object[] monitors = {new int[3], "a string literal", new StringBuilder("sb"), Integer.valueOf(7),
            Color.GREEN, new Point(1, 2), r, MonAnyObject.class, new Object[0], new long[1]};
        String[] labels = {"int[]", "String", "StringBuilder", "Integer", "enum", "record", "lambda", "Class",
            "Object[]", "long[]"};
        for (int i = 0; i < monitors.length; i++) {
            Object m = monitors[i];
            int hashBefore = System.identityHashCode(m);
            int plainHash = m.hashCode();
            synchronized (m) {
                synchronized (m) {
                    m.notifyAll();
                    m.wait(1);
                }
            }
            boolean[] took = new boolean[1];
            Thread t = new Thread(() -> {
                synchronized (m) {
                    took[0] = Thread.holdsLock(m);
                }
            });
            t.start();
            t.join();
            System.out.println(labels[i] + ": identity hash kept " + (hashBefore == System.identityHashCode(m))
                    + ", hashCode kept " + (plainHash == m.hashCode()) + ", released " + took[0]);
        }
        System.out.println(new Point(1, 2).equals(monitors[5]) + " " + monitors[1] + " " + monitors[2] + " "
                + monitors[3] + " " + monitors[4]);
    }
}
