// The null row is picked by an index read from a char, byte or short array: grid[cidx[i]].
// HotSpot's message builder only spells out int and object array loads (iaload, aaload) inside a
// description; any other element load is the placeholder "...", so the message is
// "Stress3NarrowIndexDesc.grid[...]" although grid[order[i]] (an int[]) would be spelled out.
public class Stress3NarrowIndexDesc {
    static int[][] grid = new int[4][];

    public static void main(String[] args) {
        int[] order = {0, 3};
        char[] cidx = {0, 3, 2};
        grid[0] = new int[] {11};
        grid[3] = new int[] {33};
        for (int i = 0; i < 2; i++) {
            System.out.println("int index " + grid[order[i]][0]);
        }
        for (int i = 0; i < 3; i++) {
            System.out.println("char index " + grid[cidx[i]][0]);
        }
    }
}
