// Loop-invariant divisors: a zero divisor whose check sits at the top of the loop body (it may be
// checked once before the loop: the first iteration would fail there anyway), after a print in the
// body (it must not be), and a divisor that becomes zero in a later iteration. Output before the
// failure and the failing line must be HotSpot's.
public class Stress3LoopHoistDiv {
    static int topOfBody(int n, int d) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += 1000 / d;
            s += i;
        }
        return s;
    }

    static int afterPrint(int n, int d) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            System.out.println("  afterPrint i " + i);
            s += i % d;
        }
        return s;
    }

    static int laterZero(int n, int d) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            System.out.println("  laterZero i " + i + " d " + d);
            s += 360 / d;
            d -= 2;
        }
        return s;
    }

    public static void main(String[] args) {
        System.out.println("top " + topOfBody(4, 7) + " " + topOfBody(0, 0));
        System.out.println("print " + afterPrint(3, 2) + " " + afterPrint(0, 0));
        System.out.println("later " + laterZero(2, 6));
        System.out.println(laterZero(5, 6));
    }
}
