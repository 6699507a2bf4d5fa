// Labeled break and continue on nested loops (two and three deep), labeled blocks, and searches
// that leave several loops at once.
public class LabeledLoops {
    static int findPair(int[] xs, int target) {
        int found = -1;
        outer:
        for (int i = 0; i < xs.length; i++) {
            for (int j = i + 1; j < xs.length; j++) {
                if (xs[i] + xs[j] == target) {
                    found = i * 100 + j;
                    break outer;
                }
            }
        }
        return found;
    }

    public static void main(String[] a) {
        int[] xs = { 3, 9, 14, 2, 7, 11, 5 };
        int[] targets = { 5, 16, 25, 100, 10, 19 };
        for (int t : targets) System.out.println("pair for " + t + ": " + findPair(xs, t));

        // continue outer: skip rows containing a negative.
        int[][] grid = { { 1, 2, 3 }, { 4, -5, 6 }, { 7, 8, 9 }, { -1, 0, 1 }, { 2, 2, 2 } };
        int total = 0;
        rows:
        for (int r = 0; r < grid.length; r++) {
            int rowSum = 0;
            for (int c = 0; c < grid[r].length; c++) {
                if (grid[r][c] < 0) {
                    System.out.println("skip row " + r);
                    continue rows;
                }
                rowSum += grid[r][c];
            }
            total += rowSum;
            System.out.println("row " + r + " sum " + rowSum);
        }
        System.out.println("total " + total);

        // Three levels: break the middle loop from the innermost.
        int count = 0;
        for (int x = 0; x < 4; x++) {
            middle:
            for (int y = 0; y < 4; y++) {
                for (int z = 0; z < 4; z++) {
                    if (z > y) continue middle;
                    if (x + y + z > 5) break middle;
                    count++;
                }
            }
            System.out.println("after x=" + x + " count=" + count);
        }

        // Break out of all three.
        int hit = -1;
        search:
        for (int x = 1; x < 20; x++) {
            for (int y = x; y < 20; y++) {
                for (int z = y; z < 30; z++) {
                    if (x * x + y * y == z * z && x + y + z > 20) {
                        hit = x * 10000 + y * 100 + z;
                        break search;
                    }
                }
            }
        }
        System.out.println("pythagorean triple with perimeter > 20: " + hit);

        // Labeled block (not a loop).
        int v = 0;
        block:
        {
            v = 1;
            if (xs.length > 3) break block;
            v = 2;
        }
        System.out.println("block v = " + v);

        // Labeled while and do-while.
        int i = 0, steps = 0;
        loop:
        while (true) {
            i++;
            int j = 0;
            do {
                j++;
                steps++;
                if (j == i) continue loop;
                if (i * j > 30) break loop;
            } while (j < 10);
        }
        System.out.println("labeled while: i=" + i + " steps=" + steps);

        // Prime listing with continue on the outer loop.
        System.out.print("primes:");
        next:
        for (int n = 2; n < 60; n++) {
            for (int d = 2; d * d <= n; d++) {
                if (n % d == 0) continue next;
            }
            System.out.print(" " + n);
        }
        System.out.println();
    }
}
