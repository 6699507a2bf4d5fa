// A constant negative length in main, where arrays of constant length become static blocks: the
// site must still throw NegativeArraySizeException with HotSpot's message, after a good array.
public class OaNegativeLength {
    static final int BAD = -3;

    public static void main(String[] args) {
        int[] good = new int[5];
        good[4] = 9;
        System.out.println("good " + good.length + " " + good[4]);
        long[] empty = new long[BAD + 3];
        System.out.println("empty " + empty.length);
        char[] bad = new char[BAD];
        System.out.println("bad " + bad.length);
    }
}
