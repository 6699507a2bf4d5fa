// Array bounds in loop shapes where bounds-check elimination and check hoisting must stay exact:
// provable ranges (i < a.length, counting down, step 3, another array's length as the bound),
// unprovable ones (index changed in the body, bound from an unrelated length, jagged 2-D rows),
// narrow element types (stores truncate) and a final i <= a.length loop that must throw only
// after every in-bounds element has been processed and printed.
public class StressBounds {
    static int sumUp(int[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i++) s = s * 7 + a[i];
        return s;
    }

    static int sumDown3(int[] a) {
        int s = 0;
        for (int i = a.length - 1; i >= 0; i -= 3) s = s * 5 + a[i];
        return s;
    }

    static int step3(int[] a) {
        int s = 0;
        for (int i = 2; i < a.length; i += 3) s += a[i] * i;
        return s;
    }

    // b is at least as long as a here, so b[i] is in range but cannot be proved from a's length.
    static int otherLength(int[] a, int[] b) {
        int s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    // Writes shift the index: i moves by 1 or 2 per iteration depending on the data.
    static int moved(int[] a) {
        int s = 0;
        int i = 0;
        while (i < a.length) {
            s += a[i];
            if (a[i] % 3 == 0) i += 2;
            else i++;
        }
        return s + i;
    }

    // The bound is the length minus an amount read from the array itself.
    static int window(int[] a, int w) {
        int best = -1;
        for (int i = 0; i + w <= a.length; i++) {
            int s = 0;
            for (int k = i; k < i + w; k++) s += a[k];
            if (s > best) best = s;
        }
        return best;
    }

    // Jagged rows, some empty; the column bound is each row's own length.
    static int jagged(int[][] m) {
        int s = 0;
        for (int r = m.length - 1; r >= 0; r--) {
            int[] row = m[r];
            for (int c = 0; c < row.length; c++) s = s * 3 + row[c] + r;
        }
        return s;
    }

    // The column bound is row 0's length, which is fine only for rows at least that long.
    static int rectangular(int[][] m, int rows) {
        int s = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < m[0].length; c++) s += m[r][c] ^ c;
        }
        return s;
    }

    // Narrow element types: stores truncate, loads sign- or zero-extend.
    static void narrow() {
        byte[] b = new byte[10];
        short[] sh = new short[10];
        char[] ch = new char[10];
        boolean[] z = new boolean[10];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i * 50);
            sh[i] = (short) (i * 9000);
            ch[i] = (char) (i * 20000 - 7);
            z[i] = (i & 1) == 0;
        }
        int s = 0;
        for (int i = b.length - 1; i >= 0; i--) {
            s = s * 3 + b[i] + sh[i] + ch[i] + (z[i] ? 1 : 0);
            System.out.print(b[i] + "/" + sh[i] + "/" + (int) ch[i] + " ");
        }
        System.out.println();
        System.out.println("narrow " + s);
    }

    public static void main(String[] args) {
        int[] a = new int[13];
        for (int i = 0; i < a.length; i++) a[i] = (i * 37) % 11 - 4;
        int[] longer = new int[20];
        for (int i = 0; i < longer.length; i++) longer[i] = 20 - i;
        int[] one = {42};
        int[] none = {};
        System.out.println("up " + sumUp(a) + " " + sumUp(one) + " " + sumUp(none));
        System.out.println("down3 " + sumDown3(a) + " " + sumDown3(one) + " " + sumDown3(none));
        System.out.println("step3 " + step3(a) + " " + step3(one) + " " + step3(longer));
        System.out.println("other " + otherLength(a, longer) + " " + otherLength(none, one));
        System.out.println("moved " + moved(a) + " " + moved(longer) + " " + moved(none));
        System.out.println("window " + window(a, 1) + " " + window(a, 4) + " " + window(a, 13) + " " + window(a, 14));
        int[][] m = {{1, 2, 3}, {}, {4}, {5, 6, 7, 8}, {}};
        System.out.println("jagged " + jagged(m) + " " + jagged(new int[0][]) + " " + jagged(new int[3][0]));
        int[][] grid = new int[4][5];
        for (int r = 0; r < 4; r++) for (int c = 0; c < 5; c++) grid[r][c] = r * 10 + c;
        System.out.println("rect " + rectangular(grid, 4));
        narrow();
        // i <= length: every element is visited, then a[13] throws.
        int s = 0;
        for (int i = 0; i <= a.length; i++) {
            s += a[i];
            System.out.print(s + " ");
        }
        System.out.println("not reached " + s);
    }
}
