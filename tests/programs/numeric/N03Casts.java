// Numeric: (int)/(long)/(short)/(byte)/(char) casts at the limits from double, float and long
public class N03Casts {
    public static void main(String[] args) {
        double[] ds = { 0.0, -0.0, 0.5, -0.5, 1.9999, -1.9999, 2147483647.0, 2147483647.9, 2147483648.0, -2147483648.0,
            -2147483649.0, 9.223372036854776E18, -9.223372036854776E18, 1e19, -1e19, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 65535.7, 65536.2, -32769.5, 128.9, -129.1, 4.9e-324 };
        for (double d : ds) {
            int i = (int) d; long l = (long) d; short s = (short) d; byte b = (byte) d; char c = (char) d;
            float f = (float) d;
            System.out.println(d + " -> i=" + i + " l=" + l + " s=" + s + " b=" + b + " c=" + (int) c + " f=" + f + " fi=" + (int) f + " fl=" + (long) f);
        }
        long[] ls = { 0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 4294967296L, 4294967295L, 2147483648L, -2147483649L, 0x1234567890ABCDEFL, 0x80000000L, 65537L };
        for (long l : ls) {
            System.out.println(l + " -> i=" + (int) l + " s=" + (short) l + " b=" + (byte) l + " c=" + (int) (char) l + " d=" + (double) l + " f=" + (float) l);
        }
        int[] is = { Integer.MAX_VALUE, Integer.MIN_VALUE, -1, 255, 256, 32767, 32768, -32768, -32769, 65535 };
        for (int i : is) {
            System.out.println(i + " -> s=" + (short) i + " b=" + (byte) i + " c=" + (int) (char) i + " l=" + (long) i + " ul=" + (i & 0xFFFFFFFFL) + " f=" + (float) i + " d=" + (double) i);
        }
        char c = (char) -1;
        System.out.println("char max " + (int) c + " " + (c + 1) + " " + (char) (c + 66));
        byte b = (byte) 200; b += 100; short sh = Short.MAX_VALUE; sh++;
        System.out.println("compound " + b + " " + sh);
        int x = Integer.MAX_VALUE; x += 1.5;
        long y = Long.MAX_VALUE; y *= 0.5;
        int z = 10; z /= 0.3;
        System.out.println("compound fp " + x + " " + y + " " + z);
    }
}
