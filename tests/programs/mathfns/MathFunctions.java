// java.lang.Math's transcendental functions in small computations (a sine table, compound
// interest, decibels, a great-circle distance). HotSpot's Math intrinsics may differ from
// StrictMath in the last bit, so these results print rounded to 9 decimals; ulp, nextUp,
// nextDown, nextAfter, scalb and IEEEremainder are exact and print in full.
public class MathFunctions {
    static long r9(double x) {
        return Math.round(x * 1e9);
    }

    public static void main(String[] args) {
        for (int deg = 0; deg <= 360; deg += 15) {
            double rad = Math.toRadians(deg);
            System.out.println(deg + " " + r9(Math.sin(rad)) + " " + r9(Math.cos(rad)) + " "
                    + (deg % 90 == 0 && deg % 180 != 0 ? "-" : Long.toString(Math.round(Math.tan(rad) * 1e6))));
        }
        double money = 1000.0;
        for (int year = 1; year <= 10; year++) {
            System.out.println("year " + year + " " + r9(money * Math.pow(1.05, year)) + " "
                    + r9(money * Math.exp(0.05 * year)));
        }
        double[] ratios = {1e-6, 0.001, 0.5, 1.0, 2.0, 1000.0, 123456.0};
        for (double p : ratios) {
            System.out.println("dB " + r9(10 * Math.log10(p)) + " ln " + r9(Math.log(p)) + " sqrt " + Math.sqrt(p)
                    + " cbrt " + r9(Math.cbrt(p)));
        }
        // Paris to Tokyo, haversine formula, in metres
        double lat1 = Math.toRadians(48.8566), lon1 = Math.toRadians(2.3522);
        double lat2 = Math.toRadians(35.6762), lon2 = Math.toRadians(139.6503);
        double a = Math.pow(Math.sin((lat2 - lat1) / 2), 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin((lon2 - lon1) / 2), 2);
        double d = 2 * 6371000.0 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
        System.out.println("distance " + Math.round(d));
        System.out.println("asin " + r9(Math.asin(0.3)) + " acos " + r9(Math.acos(-0.3)) + " atan " + r9(Math.atan(7.0))
                + " hypot " + Math.hypot(3, 4) + " sinh " + r9(Math.sinh(1.5)) + " cosh " + r9(Math.cosh(1.5))
                + " tanh " + r9(Math.tanh(0.5)) + " expm1 " + r9(Math.expm1(1e-3)) + " log1p " + r9(Math.log1p(1e-3)));
        double[] vs = {0.0, -0.0, 1.0, -1.5, 1e-310, Double.MIN_VALUE, Double.MAX_VALUE, 1e300,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 0.1, 123.456};
        for (double v : vs) {
            System.out.println(v + " ulp " + Math.ulp(v) + " up " + Math.nextUp(v) + " down " + Math.nextDown(v)
                    + " after " + Math.nextAfter(v, 0.0) + " scalb " + Math.scalb(v, 3) + " " + Math.scalb(v, -1070)
                    + " rem " + Math.IEEEremainder(v, 0.75) + " " + StrictMath.IEEEremainder(7.5, v));
        }
    }
}
