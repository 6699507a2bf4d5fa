// System.exit from deep inside recursion called from nested loops: the output printed so far (the
// last piece without a newline) must all appear, nothing after the exit may run, and the status
// (computed at the exit site: 40 + 0 + 7 = 47) must reach the host.
public class StressExitDeep {
    static int visits;

    static int search(int depth, int target, int path) {
        visits++;
        if (depth == 0) {
            if (path == target) {
                System.out.print("found " + path + " after " + visits + " visits");
                System.exit(40 + depth + 7);
            }
            return path & 1;
        }
        int s = 0;
        for (int c = 0; c < 3; c++) s += search(depth - 1, target, path * 3 + c);
        return s;
    }

    public static void main(String[] args) {
        for (int round = 0; round < 10; round++) {
            for (int t = 0; t < 81; t += 40) {
                int odd = search(4, t + (round + 1) * 1000, 0);
                System.out.println("round " + round + " target " + t + " odd " + odd + " visits " + visits);
            }
            if (round == 2) {
                System.out.println("deep search");
                search(5, 200, 0);
                System.out.println("not reached");
            }
        }
    }
}
