// An index expression HotSpot does not spell out: '[...]'. The detail message must be HotSpot's.
public class NpeGridComputed {
    static int[][] grid = new int[4][];

    public static void main(String[] args) {
        grid[0] = new int[1];
        int i = 0;
        System.out.println(grid[i][0]);
        System.out.println(grid[i + 1][0]);
    }
}
