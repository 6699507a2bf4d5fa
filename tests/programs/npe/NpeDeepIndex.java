// At the depth where HotSpot stops naming the array it still names the index: "<array>[i]...".
// The detail message must be HotSpot's.
public class NpeDeepIndex {
    public static void main(String[] args) {
        int[][][][][][][] cells = new int[1][2][1][1][1][1][];
        int i = 1;
        System.out.println("cells " + cells[0].length);
        System.out.println(cells[0][i][0][0][0][0][0]);
    }
}
