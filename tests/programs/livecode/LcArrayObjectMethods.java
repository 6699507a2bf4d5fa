// Object methods called on arrays (their virtual table is Object's) through static types int[],
// Object and Object[]: equals, hashCode against identityHashCode, getClass, and toString's shape
// (class name and '@' only, the hash differs from run to run). No class of the program overrides
// anything, so the only callers of these slots are the ones on arrays.
public class LcArrayObjectMethods {
    static Object pick(int i, Object[] choices) {
        return choices[i];
    }

    public static void main(String[] args) {
        int[] ints = { 1, 2 };
        String[] strs = { "a" };
        double[][] grid = new double[2][2];
        Object[] all = { ints, strs, grid, grid[0], new char[3] };
        for (int i = 0; i < all.length; i++) {
            Object o = pick(i, all);
            String s = o.toString();
            System.out.println(o.getClass().getName() + " " + s.substring(0, s.indexOf('@') + 1) + " "
                + o.equals(all[i]) + " " + o.equals(ints) + " " + (o.hashCode() == System.identityHashCode(o)));
        }
        System.out.println(ints.equals(ints.clone()) + " " + (strs.hashCode() == System.identityHashCode(strs)));
        String viaConcat = "" + all[2];
        System.out.println(viaConcat.startsWith("[[D@"));
    }
}
