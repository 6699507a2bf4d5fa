// Numeric: Math.round/floor/ceil/rint/signum/abs/copySign at .5 points, negatives, huge and special values
public class N05RoundingFns {
    public static void main(String[] args) {
        double[] v = { 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, -0.49999999999999994, 3.5000001, 1e15 + 0.5,
            4503599627370495.5, 4503599627370497.0, -0.0, 0.0, 1e300, -1e300, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, 9.223372036854776E18, -9.3e18, 2.675, -7.5, 7.4999 };
        for (double d : v) {
            System.out.println(d + ": round=" + Math.round(d) + " floor=" + Math.floor(d) + " ceil=" + Math.ceil(d) + " rint=" + Math.rint(d)
                + " sig=" + Math.signum(d) + " abs=" + Math.abs(d) + " cs=" + Math.copySign(3.0, d));
        }
        float[] f = { 0.5f, 1.5f, 2.5f, -0.5f, -1.5f, -2.5f, 0.49999997f, 8388609.5f, 2.1474836E9f, -2.1474836E9f, 3e9f, Float.NaN, -0f };
        for (float x : f) {
            System.out.println(x + ": round=" + Math.round(x) + " abs=" + Math.abs(x) + " sig=" + Math.signum(x) + " cs=" + Math.copySign(2f, x));
        }
        System.out.println(Math.sqrt(2) + " " + Math.sqrt(-1) + " " + Math.sqrt(-0.0) + " " + Math.sqrt(1e-320) + " " + Math.sqrt(Double.MAX_VALUE));
        long acc = 0;
        for (int i = -20; i <= 20; i++) {
            double d = i / 4.0;
            acc = acc * 31 + Math.round(d) * 7 + (long) Math.floor(d) * 3 + (long) Math.ceil(d) + (long) Math.rint(d) * 11;
        }
        System.out.println("acc " + acc);
        System.out.println(Math.toDegrees(Math.PI) + " " + Math.toRadians(180) + " " + Math.getExponent(1024.0) + " " + Math.getExponent(0.1f) + " " + Math.getExponent(Double.MIN_VALUE));
    }
}
