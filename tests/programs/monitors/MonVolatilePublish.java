// Publication through a volatile flag: a writer fills an array and plain fields, then sets a
// volatile flag; a reader spinning on the flag (no lock, no sleep) must see every earlier write.
// Repeated in rounds with a volatile round counter handing control back and forth.
public class MonVolatilePublish {
    static int[] data;
    static String label;
    static volatile int published;   // round number published by the writer
    static volatile int consumed;    // round number the reader has checked

    public static void main(String[] args) throws InterruptedException {
        int rounds = 5;
        StringBuilder report = new StringBuilder();
        Thread reader = new Thread(() -> {
            for (int r = 1; r <= rounds; r++) {
                while (published < r) {
                }
                int sum = 0;
                for (int v : data) sum += v;
                report.append(label).append(" sum ").append(sum).append('\n');
                consumed = r;
            }
        });
        Thread writer = new Thread(() -> {
            for (int r = 1; r <= rounds; r++) {
                while (consumed < r - 1) {
                }
                int[] d = new int[10 * r];
                for (int i = 0; i < d.length; i++) d[i] = i * r;
                data = d;
                label = "round " + r;
                published = r;
            }
        });
        reader.start();
        writer.start();
        writer.join();
        reader.join();
        System.out.print(report);
    }
}
