// Null rows reached through nested index expressions: grid[order[i]][j]. HotSpot describes the
// null value as the whole inner access, "Stress3IndexDescriptions.grid[order[i]]", naming the
// static field, the local array and the local index.
public class Stress3IndexDescriptions {
    static int[][] grid = new int[4][];

    public static void main(String[] args) {
        int[] order = {2, 0, 3, 1};
        grid[0] = new int[] {5, 6};
        grid[2] = new int[] {7, 8};
        grid[3] = new int[] {9, 10};
        int s = 0;
        for (int i = 0; i < order.length; i++) {
            for (int j = 0; j < 2; j++) {
                s += grid[order[i]][j];
            }
            System.out.println("i " + i + " s " + s);
        }
    }
}
