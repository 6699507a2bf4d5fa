// Allocations inside a try block in a loop, and in a catch block reached many times: every
// iteration must get a new, zeroed array even where the only way back is through a handler.
public class OaTryInLoop {
    static int[] keep = new int[0];

    static int risky(int[] a, int i) {
        return a[i];
    }

    public static void main(String[] args) {
        int[][] seen = new int[5][];
        int i = 0;
        while (i < 5) {
            try {
                int[] a = new int[2];
                seen[i] = a;
                a[1] += i + 1;
                risky(a, i);
                i++;
            } catch (ArrayIndexOutOfBoundsException e) {
                int[] b = new int[2];
                b[0] += 7;
                seen[i] = b;
                i++;
            }
        }
        for (int k = 0; k < 5; k++) {
            int same = 0;
            for (int j = 0; j < 5; j++) {
                if (j != k && seen[j] == seen[k]) {
                    same++;
                }
            }
            System.out.println(k + ": " + seen[k][0] + "," + seen[k][1] + " shared with " + same);
        }
        int tries = 0;
        int[] last = null;
        for (;;) {
            try {
                int[] r = new int[1];
                r[0]++;
                if (r[0] != 1 || r == last) {
                    System.out.println("reused at " + tries);
                }
                last = r;
                if (++tries < 4) {
                    throw new IllegalStateException("again");
                }
                break;
            } catch (IllegalStateException e) {
                keep = last;
            }
        }
        System.out.println("tries " + tries + " " + keep[0]);
    }
}
