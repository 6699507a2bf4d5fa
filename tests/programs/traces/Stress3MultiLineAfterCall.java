// An out-of-bounds access on the line after a method call inside one multi-line expression: the
// call opened a line-number entry for its own line, and the access has none, so HotSpot reports
// the call's line rather than the line the access is written on.
public class Stress3MultiLineAfterCall {
    static int[] data = {4, 5, 6};

    static int twice(int v) {
        return v * 2;
    }

    public static void main(String[] args) {
        for (int k = 1; k <= 3; k++) {
            int v = data[0]
                    + twice(k)
                    + data[k];
            System.out.println("k " + k + " v " + v);
        }
    }
}
