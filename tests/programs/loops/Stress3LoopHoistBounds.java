// Loop-invariant bounds and null checks in loop bodies that print first: the check of tab[k] (k
// fixed, out of range) and of a null array must fire in the first iteration after its print, at
// the line of the access, not before the loop. A loop that writes an array before reading the bad
// index shows the write is not reordered after the check either.
public class Stress3LoopHoistBounds {
    static int[] tab = {1, 2, 3};
    static int[] log = new int[8];

    static int fill(int n, int k) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            log[i] = i + 1;
            System.out.println("  fill " + i + " log " + log[i]);
            s += tab[k];
        }
        return s;
    }

    public static void main(String[] args) {
        System.out.println("ok " + fill(3, 2));
        System.out.println("zero trips " + fill(0, 9));
        System.out.println(fill(4, 3));
    }
}
