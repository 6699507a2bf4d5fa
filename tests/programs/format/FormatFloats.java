// String.format's floating-point conversions %e %E %f %g %G %a %A on Double and Float arguments:
// zero and -0.0, the extremes (MIN_VALUE, MIN_NORMAL, MAX_VALUE), NaN and the infinities, ties
// that round half-up on the shortest decimal (1.005 at %.2f is 1.01), roundings that carry into a
// new digit (9.96 at %.1f, 999999.5 at %.0f), %g's switch between plain and scientific, %a's
// rounding of hex digits and its subnormals, and the flags + space ( , 0 - # with widths.
public class FormatFloats {
    public static void main(String[] args) {
        double[] values = {0.0, -0.0, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, Double.NaN,
                Double.NEGATIVE_INFINITY, 0.5, 2.5, 0.125, 1.005, 9.9995, 0.0001, 0.00009999, 123456789.0, 1e7,
                1e-5, 1e100, 9.96, 999999.5, -1234.5678, 0x1.f8p0, 1.0 / 3};
        String[] extra = {"%.3E", "%#.0e", "%(12.2e", "%.3G", "%.0g", "%-12.4g|", "%.2A", "%.1a", "%012a",
                "%+,15.3f", "% .20f", "%(010.1f", "%-+10.0f|", "%.0f", "%,.3f", "%015.4e"};
        int k = 0;
        for (double v : values) {
            String line = String.format("%.2f %e %g %a ", v, v, v, v);
            line += String.format(extra[k % extra.length], v) + " " + String.format(extra[(k + 7) % extra.length], v);
            k++;
            System.out.println(line);
        }
        float[] floats = {0.1f, -3.4028235e38f, 1.4e-45f, 16777216f, 2.5f};
        for (float v : floats) {
            System.out.println(String.format("%f %.3e %a", v, v, v));
        }
        System.out.printf("%.3f and %10.2e and %G%n", 2.0 / 3, -6.02214076e23, 1e-300);
        System.out.printf("%.1f %.0f %.2f %.3f %.0f %.0f%n", 9.96, 999999.5, 1.005, 9.9995, 0.5, 1.5);
    }
}
