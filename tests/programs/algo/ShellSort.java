// Shell sort with Ciura's gap sequence extended by x2.25, on ints and on a byte array (signed
// comparisons on sign-extended loads); compares against a counting sort of the same bytes.
public class ShellSort {
    static final int[] GAPS = { 701, 301, 132, 57, 23, 10, 4, 1 };

    static int shellSort(int[] xs) {
        int comparisons = 0;
        for (int g = 0; g < GAPS.length; g++) {
            int gap = GAPS[g];
            for (int i = gap; i < xs.length; i++) {
                int v = xs[i];
                int j = i;
                while (j >= gap) {
                    comparisons++;
                    if (xs[j - gap] <= v) break;
                    xs[j] = xs[j - gap];
                    j -= gap;
                }
                xs[j] = v;
            }
        }
        return comparisons;
    }

    static void shellSortBytes(byte[] bs) {
        for (int g = 0; g < GAPS.length; g++) {
            int gap = GAPS[g];
            for (int i = gap; i < bs.length; i++) {
                byte v = bs[i];
                int j = i;
                for (; j >= gap && bs[j - gap] > v; j -= gap) bs[j] = bs[j - gap];
                bs[j] = v;
            }
        }
    }

    public static void main(String[] a) {
        int[] xs = new int[1500];
        int s = 31337;
        for (int i = 0; i < xs.length; i++) {
            s = s * 1103515245 + 12345;
            xs[i] = s >> 3;
        }
        int comparisons = shellSort(xs);
        boolean ok = true;
        int check = 0;
        for (int i = 0; i < xs.length; i++) {
            if (i > 0 && xs[i - 1] > xs[i]) ok = false;
            check += xs[i] * (i | 1);
        }
        System.out.println("ints sorted " + ok + " comparisons " + comparisons + " checksum " + check);
        System.out.println("first " + xs[0] + " last " + xs[xs.length - 1]);

        byte[] bs = new byte[800];
        int[] counts = new int[256];
        for (int i = 0; i < bs.length; i++) {
            s = s * 1103515245 + 12345;
            bs[i] = (byte) (s >>> 20);
            counts[bs[i] + 128]++;
        }
        shellSortBytes(bs);
        int k = 0;
        boolean match = true;
        for (int v = 0; v < 256; v++)
            for (int c = 0; c < counts[v]; c++)
                if (bs[k++] != (byte) (v - 128)) match = false;
        System.out.println("bytes match counting sort " + match);
        for (int i = 0; i < bs.length; i += 80) System.out.print(bs[i] + " ");
        System.out.println(bs[bs.length - 1]);
    }
}
