// multianewarray with a zero-length outer dimension: nothing is allocated below it, but the JVM
// still checks the lower dimensions (HotSpot's multi_allocate walks them) and reports the first
// negative one. Shapes with zero and positive dimensions come first and must succeed.
public class Stress3MultiDimZeroOuter {
    static int[][][] make(int a, int b, int c) {
        return new int[a][b][c];
    }

    public static void main(String[] args) {
        int[][][] x = make(0, 5, 3);
        int[][][] y = make(2, 0, 4);
        int[][][] z = make(1, 2, 0);
        System.out.println("shapes " + x.length + " " + y.length + " " + y[1].length + " " + z[0][1].length);
        String[][] s = new String[0][7];
        System.out.println("strings " + s.length);
        int[][] partial = new int[0][];
        System.out.println("partial " + partial.length);
        int zero = 0;
        int[][][] w = new int[zero][zero][-9 + zero];
        System.out.println("not reached " + w.length);
    }
}
