// The Integer and Math statics on edge values: bitCount, numberOfLeading/TrailingZeros (0 gives 32),
// highestOneBit/lowestOneBit of MIN_VALUE and 0, reverse, reverseBytes, signum, compare, rotations
// by variable and constant distances, Math.abs(MIN_VALUE) (stays negative), min/max with equal and
// extreme arguments; results also used in comparisons and as shift counts and array indices.
public class Stress2IntStatics {
    static int[] vals = {0, 1, -1, 2, 3, 0x80000000, 0x7fffffff, 0x80000001, 0x00010000, 0x0000ffff, 0xffff0000,
        0x12345678, 0x87654321, 0x55555555, 0xaaaaaaaa, 256, -256};

    public static void main(String[] args) {
        int[] hist = new int[33];
        for (int v : vals) {
            int bc = Integer.bitCount(v);
            int lz = Integer.numberOfLeadingZeros(v);
            int tz = Integer.numberOfTrailingZeros(v);
            hist[lz]++;
            hist[tz]++;
            System.out.println(v + ": bc " + bc + " lz " + lz + " tz " + tz + " hi " + Integer.highestOneBit(v) + " lo "
                    + Integer.lowestOneBit(v) + " rev " + Integer.reverse(v) + " rb " + Integer.reverseBytes(v) + " sg "
                    + Integer.signum(v) + " abs " + Math.abs(v) + " rl " + Integer.rotateLeft(v, lz) + " rr "
                    + Integer.rotateRight(v, tz + 1) + " sh " + (v >>> lz) + " " + (v << tz) + " cmp "
                    + Integer.compare(v, -v) + " mm " + Math.min(v, -v) + " " + Math.max(v, ~v));
        }
        String h = "";
        for (int i = 0; i <= 32; i++) h += hist[i];
        System.out.println("hist " + h);
        System.out.println(Math.abs(Integer.MIN_VALUE) + " " + (Math.abs(Integer.MIN_VALUE) < 0) + " "
                + Math.min(Integer.MIN_VALUE, Integer.MAX_VALUE) + " " + Math.max(-0, 0) + " "
                + Integer.compare(Integer.MIN_VALUE, Integer.MAX_VALUE) + " " + Integer.compare(5, 5));
        int acc = 0;
        for (int i = -40; i <= 40; i += 3) {
            acc = acc * 31 + Integer.rotateLeft(0x9e3779b9, i) + Integer.rotateRight(acc, i) + Integer.bitCount(acc ^ i);
        }
        System.out.println("acc " + acc);
        System.out.println(Integer.MAX_VALUE + 1 + " " + (Integer.MIN_VALUE - 1) + " " + Integer.MIN_VALUE / -1 + " "
                + Integer.toString(-2147483648) + Integer.toString(0));
    }
}
