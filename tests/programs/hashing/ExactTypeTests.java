/*
 * Type tests against classes without subclasses (Integer, String, a final class of the program,
 * a non-final class nobody extends), which compile to one descriptor compare: instanceof on null,
 * on the class, on other classes; casts of null, of the class, and failing casts with HotSpot's
 * ClassCastException message, caught in the method itself and in a caller; a cast inside a loop
 * that keeps values live across it.
 */
import java.util.ArrayList;
import java.util.List;

public class ExactTypeTests {
    static final class Leaf {
        final int v;
        Leaf(int v) {
            this.v = v;
        }
    }

    static class Lonely {
        int w = 7;
    }

    static class Base {}

    static class Derived extends Base {}

    static Object pick(int k) {
        switch (k) {
            case 0: return null;
            case 1: return Integer.valueOf(5);
            case 2: return "five";
            case 3: return new Leaf(3);
            case 4: return new Lonely();
            case 5: return Long.valueOf(9);
            case 6: return new Derived();
            default: return new int[] {1};
        }
    }

    static String tests(Object o) {
        return (o instanceof Integer ? "I" : "-") + (o instanceof String ? "S" : "-")
                + (o instanceof Leaf ? "L" : "-") + (o instanceof Lonely ? "N" : "-")
                + (o instanceof Base ? "B" : "-") + (o instanceof Derived ? "D" : "-");
    }

    static int castInteger(Object o) {
        Integer i = (Integer) o;
        return i == null ? -1 : i;
    }

    static String castString(Object o) {
        return (String) o;
    }

    static int castLeaf(Object o) {
        Leaf l = (Leaf) o;
        return l == null ? -1 : l.v;
    }

    static int castLonely(Object o) {
        Lonely l = (Lonely) o;
        return l == null ? -1 : l.w;
    }

    static int sumAll(List<Object> xs) {
        int a = 1, b = 2, c = 3, d = 4, e = 5;
        int s = 0;
        for (Object x : xs) {
            s += (Integer) x + a * b + c * d + e;
            a++;
            b ^= s;
            c += b;
            d -= a;
            e = e * 3 + 1;
        }
        return s + a + b + c + d + e;
    }

    public static void main(String[] args) {
        for (int k = 0; k < 8; k++) {
            Object o = pick(k);
            System.out.println(k + " " + tests(o));
            try {
                System.out.println("  Integer " + castInteger(o));
            } catch (ClassCastException ex) {
                System.out.println("  " + ex.getMessage());
            }
            try {
                System.out.println("  String " + castString(o));
            } catch (ClassCastException ex) {
                System.out.println("  " + ex.getMessage());
            }
            try {
                System.out.println("  Leaf " + castLeaf(o));
            } catch (ClassCastException ex) {
                System.out.println("  " + ex.getMessage());
            }
            try {
                System.out.println("  Lonely " + castLonely(o));
            } catch (ClassCastException ex) {
                System.out.println("  " + ex.getMessage());
            }
        }
        List<Object> xs = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            xs.add(k * 37 - 200);
        }
        System.out.println(sumAll(xs));
        xs.add("not a number");
        try {
            System.out.println(sumAll(xs));
        } catch (ClassCastException ex) {
            System.out.println("caught " + ex.getMessage());
        }
        Object s = "text";
        try {
            Integer bad = (Integer) s;
            System.out.println(bad);
        } catch (ClassCastException ex) {
            System.out.println("local " + ex.getMessage());
        }
        // a failed cast with no handler in the method, caught two frames up
        try {
            System.out.println(castLeaf(Integer.valueOf(1)) + castLeaf(new Leaf(2)));
        } catch (RuntimeException ex) {
            System.out.println("outer " + ex.getClass().getName());
        }
    }
}
