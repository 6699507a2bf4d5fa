// Towers of Hanoi: recursive solution printing every move for 4 discs, move counts for up to 16
// discs, and an iterative solution driven by the binary representation of the move number, with
// the pegs kept as int stacks to check that no larger disc is placed on a smaller one.
public class Hanoi {
    static int moves;

    static void solve(int n, char from, char to, char via, boolean print) {
        if (n == 0) return;
        solve(n - 1, from, via, to, print);
        moves++;
        if (print) System.out.println("move disc " + n + " from " + from + " to " + to);
        solve(n - 1, via, to, from, print);
    }

    static int[][] pegs = new int[3][20];
    static int[] heights = new int[3];

    static boolean move(int from, int to) {
        int disc = pegs[from][--heights[from]];
        if (heights[to] > 0 && pegs[to][heights[to] - 1] < disc) return false;
        pegs[to][heights[to]++] = disc;
        return true;
    }

    public static void main(String[] a) {
        solve(4, 'A', 'C', 'B', true);
        System.out.println("total " + moves);
        for (int n = 1; n <= 16; n += 3) {
            moves = 0;
            solve(n, 'A', 'C', 'B', false);
            System.out.println(n + " discs: " + moves + " moves");
        }
        // Iterative: move m goes from peg (m & m - 1) % 3 to ((m | m - 1) + 1) % 3.
        int n = 10;
        for (int d = n; d >= 1; d--) pegs[0][heights[0]++] = d;
        boolean legal = true;
        int total = (1 << n) - 1;
        for (int m = 1; m <= total; m++) {
            int from = (m & m - 1) % 3;
            int to = ((m | m - 1) + 1) % 3;
            if (!move(from, to)) legal = false;
        }
        System.out.println("iterative " + n + " discs legal " + legal + ", heights " + heights[0] + " " + heights[1] + " " + heights[2]);
        // With an even number of discs this order of moves builds the tower on the middle peg.
        int tower = heights[1] == n ? 1 : 2;
        System.out.print("peg " + tower + ":");
        for (int i = 0; i < heights[tower]; i++) System.out.print(" " + pegs[tower][i]);
        System.out.println();
    }
}
