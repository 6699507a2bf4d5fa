// Numeric: Float.toString, float arithmetic accumulation, float<->double widening printed
public class N02FloatToString {
    public static void main(String[] args) {
        float[] fs = { 0f, -0f, 1f, 0.1f, 0.2f, 0.1f + 0.2f, 1f / 3, 16777216f, 16777217f, 1e10f, 1e-10f,
            Float.MAX_VALUE, Float.MIN_VALUE, Float.MIN_NORMAL, Float.NaN, Float.POSITIVE_INFINITY,
            Float.NEGATIVE_INFINITY, 3.4028235e38f / 3, 1.17549435E-38f / 8, 123456.79f, 9999999f, 1e7f, 0.001f, 1.0e-3f * 3 };
        for (int i = 0; i < fs.length; i++) {
            float f = fs[i];
            double d = f;
            System.out.println(i + ": " + f + " d=" + d + " sq=" + (f * f) + " half=" + (f / 2) + " str=" + Float.toString(f) + " vo=" + String.valueOf(f));
        }
        float acc = 0;
        for (int i = 0; i < 30; i++) acc += 0.1f;
        System.out.println("acc " + acc);
        float big = 1;
        for (int i = 0; i < 40; i++) { big *= 7.5f; }
        System.out.println("big " + big + " " + (big * big));
        float sm = 1;
        for (int i = 0; i < 50; i++) { sm /= 7.5f; if (i % 5 == 0) System.out.print(sm + " "); }
        System.out.println();
        double dd = 0.1;
        float nf = (float) dd;
        System.out.println("narrow " + nf + " " + (double) nf + " " + (float) 1e40 + " " + (float) 1e-50 + " " + (float) -1e-50);
        System.out.println("int->float " + (float) 16777217 + " " + (float) Integer.MAX_VALUE + " " + (float) Long.MAX_VALUE + " " + (float) 123456789L);
        System.out.println("long->double " + (double) Long.MAX_VALUE + " " + (double) (Long.MAX_VALUE - 1) + " " + (double) 9007199254740993L);
        StringBuilder sb = new StringBuilder();
        sb.append(1.5f).append('|').append(-2.25f).append('|').append(Float.MIN_VALUE);
        System.out.println(sb);
        System.out.println(Float.sum(1e-8f, 1f) + " " + Float.max(-0f, 0f) + " " + Float.min(-0f, 0f) + " " + Float.max(Float.NaN, 1f));
    }
}
