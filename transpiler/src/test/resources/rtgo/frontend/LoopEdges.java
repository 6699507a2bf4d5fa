// Front-end golden input: loop rotation's copies of the loop test where the order of predecessors
// (and so of phi operands) is delicate: a while loop with continue (one copy of the test per
// backward goto) and break, a loop whose exit is the body of a do-while (the copy stands before
// the do-while's own back edge), a loop test at the method's first instruction, two loops in a row
// (the first loop's exit is the second loop's test), and a loop nested in another.
public class LoopEdges {
    static int skip(int[] a) {
        int s = 0;
        int i = 0;
        while (i < a.length) {
            int v = a[i];
            i++;
            if (v < 0) {
                continue;
            }
            if (v == 99) {
                break;
            }
            s += v;
        }
        return s + i;
    }

    static int thenDo(int i, int n) {
        while (i < n) {
            i += 3;
        }
        do {
            i += 2;
            n--;
        } while (i < 100);
        return i + n;
    }

    static int first(int n) {
        while (n > 7) {
            n -= 3;
        }
        return n;
    }

    static int twice(int n, int m) {
        while (n > 0) n--;
        while (m > n) m -= 2;
        return n * m;
    }

    static int nested(int[][] g) {
        int s = 0;
        for (int r = 0; r < g.length; r++) {
            for (int c = 0; c < g[r].length; c++) {
                if (g[r][c] == 0) {
                    continue;
                }
                s += g[r][c] * (r + 1);
            }
        }
        return s;
    }

    public static void main(String[] args) {
        System.out.println(skip(new int[] {1, -2, 3, 99, 5}) + thenDo(1, 10) + first(20) + twice(3, 9)
                + nested(new int[][] {{1, 0}, {2, 3}}));
    }
}
