// Extra: Double/Float.toString fuzz over random mantissas and binary exponents (shortest repr), plus parse round trip checks of the printed text
public class X15ToStringFuzz {
    static double pow2(int e) { double x = 1; while (e > 0) { x *= 2; e--; } while (e < 0) { x *= 0.5; e++; } return x; }
    public static void main(String[] args) {
        java.util.Random r = new java.util.Random(777);
        StringBuilder sb = new StringBuilder();
        int bad = 0;
        for (int i = 0; i < 250; i++) {
            long mant = r.nextLong() >>> (11 + r.nextInt(40));
            int e = r.nextInt(2100) - 1100;
            double d = mant * pow2(e);
            if (r.nextBoolean()) d = -d;
            float f = (float) (mant * pow2(r.nextInt(300) - 150));
            String ds = Double.toString(d), fs = Float.toString(f);
            if (Double.parseDouble(ds) != d && !Double.isNaN(d)) bad++;
            if (Float.parseFloat(fs) != f) bad++;
            sb.append(ds).append(' ').append(fs).append('\n');
        }
        System.out.print(sb);
        for (int i = 0; i < 60; i++) {
            double d = r.nextInt(1_000_000) / 1000.0, e = r.nextInt(100000) * 1e-7, g = (double) r.nextInt() * 1e10;
            float f = r.nextInt(100000) / 100f;
            System.out.print(d + " " + e + " " + g + " " + f + (i % 4 == 3 ? "\n" : " | "));
        }
        System.out.println("bad " + bad);
    }
}
