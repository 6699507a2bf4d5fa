// A name nested deeper than HotSpot spells out: '<array>'. The detail message must be HotSpot's.
public class NpeDeep {
    static int[][][][][][][] cube = new int[1][1][1][1][1][1][];

    public static void main(String[] args) {
        System.out.println("depth 7");
        System.out.println(cube[0][0][0][0][0][0][0]);
    }
}
