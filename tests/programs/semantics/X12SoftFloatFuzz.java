// Extra: soft-float fuzz: random doubles/floats with wide exponents through + - * / % sqrt, conversions (l2d, d2f, f2d, i2f, d2l), compares; bit-hash of every result plus samples
public class X12SoftFloatFuzz {
    static long h = 0;
    static void mix(long bits) { h = (h ^ bits) * 0x100000001B3L; h ^= h >>> 29; }
    static double rd(java.util.Random r) {
        int kind = r.nextInt(10);
        return switch (kind) {
            case 0 -> (r.nextLong() | 1) * 1e-300 * (1L << r.nextInt(60));
            case 1 -> (r.nextInt(2001) - 1000) / 8.0;
            case 2 -> r.nextDouble() * pow2(r.nextInt(200) - 100);
            case 3 -> -r.nextDouble() * 1e300;
            case 4 -> r.nextDouble() * 1e-310;
            case 5 -> new double[] { 0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE, 1.0, -1.0 }[r.nextInt(9)];
            default -> (r.nextLong() >> r.nextInt(64)) * (r.nextBoolean() ? 1.0 : 0.25);
        };
    }
    static double pow2(int e) { double x = 1; while (e > 0) { x *= 2; e--; } while (e < 0) { x *= 0.5; e++; } return x; }
    public static void main(String[] args) {
        java.util.Random r = new java.util.Random(20261204);
        StringBuilder samples = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            double a = rd(r), b = rd(r);
            double[] res = { a + b, a - b, a * b, a / b, a % b, Math.sqrt(Math.abs(a)), Math.floor(a), Math.ceil(b), Math.rint(a * 0.5) };
            for (double x : res) mix(Double.doubleToLongBits(x));
            float fa = (float) a, fb = (float) b;
            float[] fr = { fa + fb, fa - fb, fa * fb, fa / fb, fa % fb };
            for (float x : fr) mix(Float.floatToIntBits(x));
            mix((long) a); mix((int) b); mix((long) fa); mix(Math.round(a)); mix(Math.round(fb));
            long la = r.nextLong() >> r.nextInt(64);
            mix(Double.doubleToLongBits((double) la)); mix(Float.floatToIntBits((float) la)); mix(Float.floatToIntBits((float) (int) la));
            mix(Double.compare(a, b)); mix(a < b ? 1 : a > b ? 2 : a == b ? 3 : 4); mix(fa <= fb ? 5 : 6);
            if (i % 40 == 0) samples.append(i).append(": a=").append(a).append(" b=").append(b).append(" sum=").append(res[0]).append(" quo=").append(res[3]).append(" rem=").append(res[4])
                .append(" f=").append(fa).append(" frem=").append(fr[4]).append(" l2d=").append((double) la).append(" l2f=").append((float) la).append('\n');
        }
        System.out.print(samples);
        System.out.println("hash " + Long.toHexString(h));
        double[] rems = { 5.5 % 2, -5.5 % 2, 5.5 % -2, 1e300 % 3, 3 % 1e300, 0.0 % 1, -0.0 % 1, 1 % 0.0, Double.POSITIVE_INFINITY % 2, 2 % Double.POSITIVE_INFINITY, 1e-320 % 3e-321, 7e22 % 0.1 };
        StringBuilder sb = new StringBuilder();
        for (double x : rems) sb.append(x).append(' ');
        System.out.println(sb);
        System.out.println((5.5f % 2f) + " " + (-7.25f % 0.5f) + " " + (1e30f % 7f) + " " + (Float.MIN_VALUE % 3f) + " " + (3f % Float.MIN_VALUE));
    }
}
