// Arrays utilities on the device: deepToString of a 2D int array and of mixed nested arrays (one
// containing itself, printed [...]), sorting and searching boxed Integers, asList.indexOf, and
// copyOf keeping the String[] class.
import java.util.Arrays;

public class DeepArrays {
    public static void main(String[] args) {
        int[][] grid = new int[3][4];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) grid[i][j] = i * j;
        System.out.println(Arrays.deepToString(grid));
        Object[] mixed = {"a", new char[] {'x', 'y'}, new String[] {"p", null}, null, new boolean[] {true}};
        Object[] self = {1, null};
        self[1] = self;
        mixed[3] = self;
        System.out.println(Arrays.deepToString(mixed));
        Integer[] boxed = {5, 2, 8, 1};
        Arrays.sort(boxed);
        System.out.println(Arrays.toString(boxed) + " " + Arrays.binarySearch(boxed, 8) + " " + Arrays.asList(boxed).indexOf(2));
        String[] more = Arrays.copyOf(new String[] {"q", "r"}, 4);
        System.out.println(Arrays.toString(more) + " " + more.getClass().getSimpleName());
    }
}
