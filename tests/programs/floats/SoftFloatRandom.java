// The soft-float differential test on the device: a few thousand random operand pairs per float and
// double operation (random bit patterns, so NaNs, infinities, subnormals and cancellations occur),
// every result's raw bits folded into one hash per operation, plus the first results printed.
public class SoftFloatRandom {
    static long state = 0x9E3779B97F4A7C15L;
    static final int N = 1500;

    static long next() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Random bits, or a value of moderate exponent (so that results are ordinary numbers too). */
    static double randomDouble() {
        long r = next();
        if ((r & 3) == 0) {
            return Double.longBitsToDouble(next());
        }
        return ((r >> 8) % 100000) / 37.0 * (1L << (int) ((r >>> 2) & 15));
    }

    static float randomFloat() {
        long r = next();
        if ((r & 3) == 0) {
            return Float.intBitsToFloat((int) next());
        }
        return (float) (((r >> 8) % 100000) / 37.0);
    }

    public static void main(String[] args) {
        String[] names = {"fadd", "fsub", "fmul", "fdiv", "frem", "fcmp", "f2i", "f2l", "f2d", "dadd", "dsub", "dmul", "ddiv",
                "drem", "dcmp", "d2i", "d2l", "d2f", "sqrt", "i2f", "l2d"};
        long[] hash = new long[names.length];
        for (int i = 0; i < N; i++) {
            float a = randomFloat(), b = randomFloat();
            double x = randomDouble(), y = randomDouble();
            // two NaN operands: HotSpot's interpreter and its compiled code return different ones
            if (a != a && b != b) {
                b = 1.0f;
            }
            if (x != x && y != y) {
                y = 1.0;
            }
            long[] r = {
                Float.floatToRawIntBits(a + b), Float.floatToRawIntBits(a - b), Float.floatToRawIntBits(a * b),
                Float.floatToRawIntBits(a / b), Float.floatToRawIntBits(a % b), Float.compare(a, b) * 3 + (a < b ? 1 : 0),
                (int) a, (long) a, Double.doubleToRawLongBits(a),
                Double.doubleToRawLongBits(x + y), Double.doubleToRawLongBits(x - y), Double.doubleToRawLongBits(x * y),
                Double.doubleToRawLongBits(x / y), Double.doubleToRawLongBits(x % y), Double.compare(x, y) * 3 + (x > y ? 1 : 0),
                (int) x, (long) x, Float.floatToRawIntBits((float) x), Double.doubleToRawLongBits(Math.sqrt(x)),
                Float.floatToRawIntBits((float) (int) next()), Double.doubleToRawLongBits((double) next())
            };
            for (int k = 0; k < r.length; k++) {
                hash[k] = hash[k] * 31 + r[k];
            }
            if (i < 3) {
                System.out.println(a + " " + b + " " + (a + b) + " " + (a * b) + " " + (a / b) + " " + (a % b));
                System.out.println(x + " " + y + " " + (x + y) + " " + (x * y) + " " + (x / y) + " " + (x % y) + " " + Math.sqrt(x));
            }
        }
        for (int k = 0; k < names.length; k++) {
            System.out.println(names[k] + " " + Long.toHexString(hash[k]));
        }
    }
}
