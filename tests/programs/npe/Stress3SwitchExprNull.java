// The array of an access is the value of a switch expression: its cases push different values that
// merge on the stack, so HotSpot gives the NullPointerException no "because" part. A switch
// expression whose cases all yield the same local still merges (several pushes of it).
public class Stress3SwitchExprNull {
    static int[] small = {1, 2};
    static int[] large = {10, 20, 30};

    static int read(int k, int i) {
        int[] none = null;
        return (switch (k) {
            case 0 -> small;
            case 1 -> large;
            case 2, 3 -> k == 2 ? large : small;
            default -> none;
        })[i];
    }

    public static void main(String[] args) {
        for (int k = 0; k < 5; k++) {
            System.out.println("k " + k + " -> " + read(k, 1));
        }
    }
}
