// A long chain of element loads rooted in a method call: cube()[0][i][0][j][0][0]. HotSpot's
// description spends one level per array and stops after five, printing "<array>" for the rest,
// while index expressions cost nothing; the call at the root is therefore never named.
public class Stress3DeepChainCall {
    static int[][][][][][][] space = new int[1][2][1][2][1][1][];

    static int[][][][][][][] cube() {
        return space;
    }

    public static void main(String[] args) {
        space[0][1][0][1][0][0] = new int[] {77};
        int i = 1;
        int j = 1;
        System.out.println("found " + cube()[0][i][0][j][0][0][0]);
        j = 0;
        System.out.println(cube()[0][i][0][j][0][0][0]);
    }
}
