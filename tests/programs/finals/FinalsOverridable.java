// A superclass constructor calls an overridable method that reads the subclass's final fields
// before the subclass constructor has assigned them: it sees null and 0, as on HotSpot. The same
// fields read after construction (in a loop, across calls) see the assigned array and constant.
public class FinalsOverridable {
    static class Base {
        final int seen;

        Base() {
            seen = describe();
        }

        int describe() {
            return -1;
        }
    }

    static class Derived extends Base {
        final int[] table = new int[8];
        final int width = 5;
        final int height;

        Derived(int h) {
            super();
            height = h;
        }

        @Override
        int describe() {
            // runs inside Base(): table is null and height 0 (width is a constant variable: javac
            // folds its reads to 5)
            System.out.println("describe: table=" + (table == null ? "null" : "len " + table.length)
                    + " width=" + this.width + " height=" + height);
            return table == null ? 100 : table.length;
        }

        int sum() {
            int s = 0;
            for (int i = 0; i < table.length; i++) {
                table[i] = i * this.width + height;
                s += table[i];
            }
            return s;
        }
    }

    public static void main(String[] args) {
        Derived d = new Derived(7);
        System.out.println("seen " + d.seen);
        System.out.println("sum " + d.sum());
        System.out.println("again " + d.describe());
        try {
            Derived n = null;
            System.out.println(n.table.length);
        } catch (NullPointerException e) {
            System.out.println("NPE " + e.getMessage());
        }
    }
}
