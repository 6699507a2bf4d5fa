// Uncaught long remainder by zero: long division goes through a runtime helper on the device, whose
// frame HotSpot does not have; the report must show only the program's frames. A negative array
// index in the same helper chain succeeds first.
public class UrLongDivision {
    static long[] values = { 10L, -7L, 1L << 40 };

    static long mix(int i, long d) {
        long v = values[values.length - 1 - i];
        return v / d + v % (d - 1);
    }

    public static void main(String[] args) {
        System.out.println(mix(0, 3));
        System.out.println(mix(1, -2));
        System.out.println(mix(2, 1));
    }
}
