// String.format of pseudo-random doubles: random bit patterns (any exponent, subnormals, NaNs)
// and decimals with three places (ties at %.2f), each through %e %f %g %a with a precision that
// cycles over 0..20 and varied flags. Each result goes into a hash per conversion, printed with a
// sample, so a single differing character shows up; the whole is a few million device cycles.
public class FormatFloatRandom {
    public static void main(String[] args) {
        String[] flags = {"", "+", " ", "(", ",", "015", "-15", "#"};
        String conversions = "efgaEGA";
        long seed = 0x9E3779B97F4A7C15L;
        int[] hashes = new int[conversions.length()];
        String[] samples = new String[conversions.length()];
        for (int i = 0; i < 14; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            double v = i % 2 == 0 ? Double.longBitsToDouble(seed) : (int) (seed >>> 44) / 1000.0 - 500;
            for (int c = 0; c < conversions.length(); c++) {
                char conv = conversions.charAt(c);
                String flag = flags[(i + c) % flags.length];
                if ((conv == 'g' || conv == 'G') && flag.equals("#")
                        || (conv == 'a' || conv == 'A') && (flag.equals("(") || flag.equals(","))
                        || (conv == 'e' || conv == 'E') && flag.equals(",")) {
                    flag = "+";
                }
                int precision = (i * 7 + c * 3) % 21;
                String f = "%" + flag + (i % 5 == 4 ? "" : "." + precision) + conv;
                String text = String.format(f, v);
                hashes[c] = hashes[c] * 31 + text.hashCode();
                if (i % 6 == c % 6) {
                    samples[c] = f + " -> [" + text + "]";
                }
            }
        }
        for (int c = 0; c < conversions.length(); c++) {
            System.out.println(conversions.charAt(c) + " " + Integer.toHexString(hashes[c]) + " " + samples[c]);
        }
    }
}
