// Locals whose local-variable-table ranges are unusual: a variable declared without an initialiser
// and assigned in both arms of an if, a variable reused by two sibling blocks (same slot, two
// names), and a for-loop variable of array type. HotSpot names each by the entry that covers the
// failing load; the last access reads through the second sibling's null array.
public class Stress3LocalScopes {
    static int[] make(int n) {
        return n < 0 ? null : new int[n];
    }

    public static void main(String[] args) {
        int[] picked;
        if (args.length == 0) {
            picked = make(2);
        } else {
            picked = make(-1);
        }
        System.out.println("picked " + picked.length);
        {
            int[] first = make(3);
            first[2] = 5;
            System.out.println("first " + first[2]);
        }
        for (int[] row = make(1); row.length < 3; row = make(row.length + 1)) {
            System.out.println("row " + row.length);
        }
        {
            int[] second = make(-5);
            System.out.println("second");
            second[0] = 1;
        }
    }
}
