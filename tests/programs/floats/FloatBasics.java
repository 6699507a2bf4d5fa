// float and double end to end: arithmetic, comparisons (NaN, -0.0), conversions at the limits,
// toString of edge values, boxing, fields, arrays, Math basics, string concatenation.
public class FloatBasics {
    static float sf = 1.5f;
    static double sd = -2.25;
    float f;
    double d;

    static double poly(double x) { return ((2.0 * x - 3.5) * x + 0.125) * x - 7.0; }
    static float avg(float[] a) { float s = 0; for (float v : a) s += v; return s / a.length; }

    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1e-5, 123456789.0, 1e7, 1e-3, 9.999999e-4, Double.MIN_VALUE,
                Double.MAX_VALUE, Double.MIN_NORMAL, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                2.0 / 3.0, Math.PI, Math.E, 1e23, 4.35, 0.5, 1.5, 2.5, -2.5, 2147483647.5, -2147483648.9, 9.3e18, -1e19};
        for (double x : ds) {
            System.out.println(x + " " + (float) x + " " + (int) x + " " + (long) x + " " + Math.floor(x) + " " + Math.ceil(x)
                    + " " + Math.rint(x) + " " + Math.round(x) + " " + Math.abs(x) + " " + Math.sqrt(x) + " " + (x * 3 + 1) + " "
                    + (x / 7) + " " + (x % 0.75) + " " + poly(x) + " " + Double.compare(x, 0.0) + " " + (x < 1) + " " + (x == x)
                    + " " + Double.isNaN(x) + " " + Double.doubleToLongBits(x) + " " + Double.hashCode(x));
        }
        float[] fs = {0f, -0f, 1f, 0.1f, 1.0e10f, 3.4028235e38f, 1.4e-45f, 1.17549435E-38f, Float.NaN, 16777217f, -7.5f, 0.3f};
        for (float x : fs) {
            System.out.println(x + " " + (double) x + " " + (int) x + " " + (long) x + " " + (x + 0.1f) + " " + (x * x) + " " + (x / 3f)
                    + " " + Math.round(x) + " " + Float.floatToIntBits(x) + " " + Float.compare(x, 1f) + " " + (x > 0.5f));
        }
        int[] is = {0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 16777217, 123456789};
        for (int i : is) System.out.println((float) i + " " + (double) i + " " + (float) (long) i * 2);
        long[] ls = {Long.MAX_VALUE, Long.MIN_VALUE, 9007199254740993L, -123456789012345L};
        for (long l : ls) System.out.println((float) l + " " + (double) l);
        FloatBasics o = new FloatBasics();
        o.f = 2.5f;
        o.d = o.f * sd + sf;
        System.out.println(o.f + " " + o.d + " " + avg(new float[] {1f, 2f, 4f}));
        Double boxed = 3.75;
        Float fb = 1.25f;
        System.out.println(boxed + fb + " " + boxed.equals(3.75) + " " + Double.valueOf(0.0).equals(-0.0) + " " + boxed.compareTo(4.0));
        System.out.println(Double.parseDouble("1e-10") + " " + Float.parseFloat("3.14159") + " " + Double.valueOf("-0") + " " + Double.parseDouble("  0x1.8p1  "));
        System.out.println(Math.max(-0.0, 0.0) + " " + Math.min(-0.0, 0.0) + " " + Math.max(Double.NaN, 1) + " " + Math.signum(-3.0) + " " + Math.copySign(2.0, -0.0));
        double acc = 0;
        for (int i = 1; i <= 100; i++) acc += 1.0 / i;
        System.out.println(acc);
        StringBuilder sb = new StringBuilder();
        sb.append(1.0f).append(' ').append(-0.0).append(' ').append(1e300 * 1e10);
        System.out.println(sb);
        System.out.println(String.valueOf(0.1 + 0.2) + " " + (0.1f + 0.2f) + " " + (float) 0.1 + " " + 100.0 / 3);
    }
}
