/*
 * Figure (ci/figures): the cycles of 1000 small allocations (an object with two int fields and
 * its constructor), kept in an array so that no collection runs between BEGIN and END; divide by
 * 1000 for one allocation.
 */
public class AllocSmall {
    static final class Point {
        int x;
        int y;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }
    }

    static Point[] kept = new Point[1000];

    public static void main(String[] args) {
        Point[] k = kept;
        System.out.println("BEGIN");
        for (int i = 0; i < 1000; i++) {
            k[i] = new Point(i, -i);
        }
        System.out.print("END ");
        System.out.println(k[999].x + k[500].y);
    }
}
