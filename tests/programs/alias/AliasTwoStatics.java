// Two static fields hold the same array (and later two different ones): a loop that reads through
// one and stores through the other must see its own stores, so the element it reads may not be
// loaded once before the loop nor forwarded past a store through the other field.
public class AliasTwoStatics {
    static int[] first = new int[8];
    static int[] second = first;
    static int[][] rows = new int[3][4];

    static int readWhileWriting() {
        int s = 0;
        for (int i = 0; i < first.length; i++) {
            second[i] = i + 1;
            s += first[0] * 10 + first[i];
        }
        return s;
    }

    static int rowAliases() {
        rows[1] = rows[0]; // two rows are one array
        int s = 0;
        for (int j = 0; j < 4; j++) {
            rows[0][j] = j + 5;
            s += rows[1][j] + rows[1][0];
        }
        return s;
    }

    static int forwardedThenOverwritten(int[] a, int[] b) {
        a[2] = 7;
        b[2] = 9; // b may be a
        return a[2];
    }

    public static void main(String[] args) {
        System.out.println("same array: " + readWhileWriting());
        second = new int[8];
        first[0] = 3;
        System.out.println("two arrays: " + readWhileWriting());
        System.out.println("rows: " + rowAliases());
        int[] x = new int[4];
        System.out.println("forwarded, same: " + forwardedThenOverwritten(x, x));
        System.out.println("forwarded, other: " + forwardedThenOverwritten(x, new int[4]));
        System.out.println("first: " + java.util.Arrays.toString(first) + " second: " + java.util.Arrays.toString(second));
    }
}
