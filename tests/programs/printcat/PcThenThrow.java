// A printed concatenation without a line end, then an uncaught exception: the partial line is on
// the wire before the exception report, as HotSpot's unbuffered System.out leaves it.
public class PcThenThrow {
    static int depth = 3;

    public static void main(String[] args) {
        System.out.println("start " + depth);
        System.out.print("partial " + depth + " ");
        throw new IllegalStateException("thrown after " + depth + " pieces");
    }
}
