// Numeric: Float/Double compare, equals, hashCode, doubleToLongBits, floatToIntBits, parse, valueOf
public class N04CompareEquals {
    public static void main(String[] args) {
        double[] v = { Double.NaN, -0.0, 0.0, 1.0, -1.0, Double.MIN_VALUE, Double.MAX_VALUE, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY };
        for (double a : v) {
            StringBuilder sb = new StringBuilder();
            for (double b : v) {
                sb.append(Double.compare(a, b)).append(a == b ? "=" : (a < b ? "<" : (a > b ? ">" : "?"))).append(' ');
            }
            System.out.println(a + ": " + sb + " h=" + Double.hashCode(a) + " bits=" + Long.toHexString(Double.doubleToLongBits(a)) + " eq0=" + Double.valueOf(a).equals(0.0));
        }
        float[] fv = { Float.NaN, -0f, 0f, 1f, Float.MIN_VALUE, Float.MAX_VALUE, Float.NEGATIVE_INFINITY };
        for (float a : fv) {
            StringBuilder sb = new StringBuilder();
            for (float b : fv) sb.append(Float.compare(a, b)).append(' ');
            System.out.println(a + ": " + sb + " h=" + Float.hashCode(a) + " bits=" + Integer.toHexString(Float.floatToIntBits(a)) + " obj=" + Float.valueOf(a).hashCode());
        }
        String[] ps = { "0", "-0", "1.5", "-2.5e3", "1e-310", "NaN", "Infinity", "-Infinity", "0x1p3", "  42  ", "3.4028236e38", "1e400", ".5", "5.", "1_0", "", "abc", "1e", "+7" };
        for (String s : ps) {
            String dr, fr;
            try { dr = String.valueOf(Double.parseDouble(s)); } catch (NumberFormatException e) { dr = "NFE"; }
            try { fr = String.valueOf(Float.parseFloat(s)); } catch (NumberFormatException e) { fr = "NFE"; }
            System.out.println("[" + s + "] d=" + dr + " f=" + fr);
        }
        Double a = 0.0, b = -0.0, n1 = Double.NaN, n2 = 0.0 / 0.0;
        System.out.println(a.equals(b) + " " + n1.equals(n2) + " " + (n1.doubleValue() == n2.doubleValue()) + " " + a.compareTo(b) + " " + n1.compareTo(a));
        System.out.println(Double.isFinite(1e308 * 10) + " " + Double.isInfinite(-1e308 * 10) + " " + Double.isNaN(0.0 * Double.POSITIVE_INFINITY));
        System.out.println(Double.min(-0.0, 0.0) + " " + Double.max(-0.0, 0.0) + " " + Math.min(Double.NaN, 1) + " " + Double.sum(0.1, 0.2));
        System.out.println(Double.valueOf("12.5").intValue() + " " + Double.valueOf(-12.5).longValue() + " " + Float.valueOf(7.9f).intValue());
    }
}
