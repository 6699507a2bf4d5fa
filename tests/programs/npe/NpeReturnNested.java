// An element of a method's result: the call is part of the name. The detail message must be HotSpot's.
public class NpeReturnNested {
    static int[][] rows() {
        return new int[2][];
    }

    public static void main(String[] args) {
        System.out.println("rows " + rows().length);
        System.out.println(rows()[1][0]);
    }
}
