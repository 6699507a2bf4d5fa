// checkcast and instanceof on classes, arrays and null: casts up and down a hierarchy, casts that
// must throw ClassCastException with HotSpot's exact message (nested class names, arrays, and
// JDK classes from the bootstrap loader), null passing every cast, and array covariance checks
// (Sub[] is an Object[] and a Base[], but an int[] is not an Object[]).
public class CastFailures {
    static class Base { }
    static class Mid extends Base { }
    static class Leaf extends Mid { }
    static class Other { }

    static int attempts, failures;

    static void tryCast(String what, Object o, int target) {
        attempts++;
        try {
            Object r;
            switch (target) {
                case 0: r = (Base) o; break;
                case 1: r = (Mid) o; break;
                case 2: r = (Leaf) o; break;
                case 3: r = (Base[]) o; break;
                case 4: r = (Object[]) o; break;
                case 5: r = (String) o; break;
                case 6: r = (int[]) o; break;
                case 7: r = (Mid[][]) o; break;
                default: r = (Integer) o; break;
            }
            System.out.println("ok   " + what + (r == null ? " (null)" : ""));
        } catch (ClassCastException e) {
            failures++;
            System.out.println("CCE  " + what + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Object base = new Base(), mid = new Mid(), leaf = new Leaf(), other = new Other();
        tryCast("Leaf as Base", leaf, 0);
        tryCast("Leaf as Mid", leaf, 1);
        tryCast("Mid as Leaf", mid, 2);
        tryCast("Base as Mid", base, 1);
        tryCast("Other as Base", other, 0);
        tryCast("null as Leaf", null, 2);
        tryCast("null as int[]", null, 6);
        tryCast("Leaf[] as Base[]", new Leaf[1], 3);
        tryCast("Base[] as Base[]", new Base[1], 3);
        tryCast("Other[] as Base[]", new Other[1], 3);
        tryCast("int[] as Object[]", new int[1], 4);
        tryCast("int[][] as Object[]", new int[1][1], 4);
        tryCast("String as Mid", "text", 1);
        tryCast("Mid as String", mid, 5);
        tryCast("Integer as String", 12, 5);
        tryCast("byte[] as int[]", new byte[2], 6);
        tryCast("Leaf[][] as Mid[][]", new Leaf[2][2], 7);
        tryCast("Mid[] as Mid[][]", new Mid[2], 7);
        tryCast("Object[][] as Mid[][]", new Object[1][1], 7);
        tryCast("Leaf as Integer", leaf, 8);
        System.out.println("attempts " + attempts + " failures " + failures);

        Object[] things = { base, mid, leaf, other, null, new Leaf[0], new int[0], new Object[0][], "s" };
        for (Object t : things) {
            System.out.println((t == null ? "null" : t.getClass().getSimpleName()) + ": Base " + (t instanceof Base)
                    + " Mid " + (t instanceof Mid) + " Leaf " + (t instanceof Leaf) + " Object " + (t instanceof Object)
                    + " Object[] " + (t instanceof Object[]) + " Base[] " + (t instanceof Base[]) + " int[] " + (t instanceof int[]));
        }

        // Array covariance: stores into a Base[] that is really a Leaf[] are checked at run time.
        Base[] arr = new Leaf[2];
        arr[0] = new Leaf();
        try {
            arr[1] = new Mid();
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
        arr[1] = null; // null is always storable
        Object[] objs = new String[1];
        try {
            objs[0] = leaf;
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
        Object[][] grid = new Mid[2][];
        try {
            grid[0] = new Leaf[3];
            System.out.println("Leaf[] stored into Mid[][]: " + grid[0].length);
            grid[1] = new Base[1];
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
        System.out.println("arr " + (arr[0] instanceof Leaf) + " " + (arr[1] == null) + " grid[1] " + grid[1]);
    }
}
