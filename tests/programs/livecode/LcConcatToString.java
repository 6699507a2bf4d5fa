// toString reached only through string concatenation and String.valueOf of values whose static type
// is Object or an interface, StringBuilder.append(Object), and the default Object.toString calling
// an overridden hashCode (name@hex of the program's own hash).
public class LcConcatToString {
    interface Named {
        String name();
    }

    static final class Point implements Named {
        final int x, y;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        public String name() {
            return "p";
        }

        @Override
        public String toString() {
            return name() + "(" + x + "," + y + ")";
        }
    }

    static final class Plain {
        final int k;

        Plain(int k) {
            this.k = k;
        }

        @Override
        public int hashCode() {
            return 0xCAFE0000 + k;
        }
    }

    static Object choose(int i) {
        return i == 0 ? new Point(1, 2) : i == 1 ? new Plain(3) : Integer.valueOf(7);
    }

    public static void main(String[] args) {
        Named n = new Point(3, 4);
        System.out.println("named " + n);
        for (int i = 0; i < 3; i++) {
            Object o = choose(i);
            StringBuilder sb = new StringBuilder("[").append(o).append(']');
            System.out.println(o + " " + String.valueOf(o) + " " + sb);
        }
        Object[] arr = { new Plain(1), null, new Point(0, 0) };
        System.out.println(java.util.Arrays.toString(arr));
    }
}
