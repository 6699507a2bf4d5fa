// Uncaught bounds failure while the program has a try/catch in another method: that method catches
// its own exception, and the later failure in main's callee must still give HotSpot's report.
public class UrTryElsewhere {
    static int[] data = { 3, 1, 4, 1, 5 };

    static int safeGet(int i) {
        try {
            return data[i];
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("caught " + e.getMessage());
            return -1;
        }
    }

    static int get(int i) {
        return data[i];
    }

    public static void main(String[] args) {
        System.out.println(safeGet(2));
        System.out.println(safeGet(9));
        int s = 0;
        for (int i = 0; i <= data.length; i++) {
            s += get(i);
            System.out.println("s=" + s);
        }
    }
}
