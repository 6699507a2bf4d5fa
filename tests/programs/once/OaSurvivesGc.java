// Once-made arrays referenced from heap objects (a field, an Object[] slot cast back, a list) while
// the program allocates many short-lived objects and forces collections: their contents must survive
// and the collector must cope with references that point outside the heap.
import java.util.ArrayList;
import java.util.List;

public class OaSurvivesGc {
    static final class Holder {
        final int[] data;
        Holder next;

        Holder(int[] data) {
            this.data = data;
        }
    }

    static long churn(int rounds) {
        long sum = 0;
        Holder chain = null;
        for (int i = 0; i < rounds; i++) {
            int[] junk = new int[8 + (i & 15)];
            junk[0] = i;
            Holder h = new Holder(junk);
            if ((i & 63) == 0) {
                h.next = chain;
                chain = h;
            }
            sum += junk[0] + new StringBuilder().append(i).length();
        }
        int n = 0;
        for (Holder h = chain; h != null; h = h.next) {
            n++;
        }
        return sum * 1000 + n;
    }

    public static void main(String[] args) {
        int[] table = new int[64];
        double[] weights = new double[16];
        byte[] bytes = new byte[100];
        for (int i = 0; i < table.length; i++) {
            table[i] = i * i - 7;
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] = i / 4.0;
        }
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 37);
        }
        Holder h = new Holder(table);
        Object[] boxes = { weights, "s", bytes };
        List<Object> list = new ArrayList<>();
        list.add(bytes);
        list.add(table);
        System.out.println(churn(6000));
        System.out.println(churn(3000));
        int s = 0;
        for (int v : h.data) {
            s += v;
        }
        double w = 0;
        for (double d : (double[]) boxes[0]) {
            w += d;
        }
        int b = 0;
        for (byte x : (byte[]) list.get(0)) {
            b = b * 31 + x;
        }
        System.out.println(s + " " + w + " " + b + " " + (list.get(1) == table) + " " + (boxes[2] == bytes));
        h = null;
        boxes = null;
        System.out.println(churn(2000) + " " + table[63] + " " + bytes[99] + " " + weights[15]);
    }
}
