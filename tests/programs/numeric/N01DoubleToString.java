// Numeric: Double.toString / concat of specials, subnormals, MIN/MAX, powers of ten boundaries
public class N01DoubleToString {
    static double[] vals() {
        return new double[] {
            0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100.0, 1e7, 9999999.0, 1.0e-3, 0.001, 0.0001,
            1e21, 1e22, 1e23, 123456789012345678.0, Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL,
            Double.MIN_NORMAL / 2, 4.9e-324 * 3, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Math.sqrt(2), -Math.sqrt(3), 5e-324, 1.7976931348623157e308 / 10, 2.2250738585072014E-308,
            0.5, 0.25, 0.125, 1.0 / 1024, 1e-5, 12345.678, -98765.4321, 3.0e10, 4.35, 0.3,
        };
    }
    public static void main(String[] args) {
        double[] v = vals();
        for (int i = 0; i < v.length; i++) {
            double d = v[i];
            System.out.println(i + ": " + d + " | " + Double.toString(d) + " | neg " + (-d) + " | x2 " + (d * 2) + " | /7 " + (d / 7));
        }
        StringBuilder sb = new StringBuilder();
        for (double d : v) { sb.append(d).append(','); }
        System.out.println(sb);
        double acc = 0;
        for (int i = 0; i < 20; i++) { acc += 0.1; System.out.print(acc + " "); }
        System.out.println();
        double p = 1;
        for (int i = 0; i < 25; i++) { p *= 10; System.out.print(p + " "); }
        System.out.println();
        p = 1;
        for (int i = 0; i < 25; i++) { p /= 10; System.out.print(p + " "); }
        System.out.println();
        double h = 1;
        for (int i = 0; i < 12; i++) { h /= 3; System.out.print(String.valueOf(h) + ";"); }
        System.out.println();
        System.out.println("sub " + (Double.MIN_VALUE * 1000) + " " + (Double.MIN_NORMAL - Double.MIN_VALUE));
        System.out.println("nan ops " + (Double.NaN + 1) + " " + (0.0 / 0.0) + " " + (1 / 0.0) + " " + (-1 / 0.0) + " " + (1 / -0.0));
        System.out.println("zero eq " + (0.0 == -0.0) + " " + Double.valueOf(0.0).equals(-0.0));
    }
}
