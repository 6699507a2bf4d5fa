// Every long operator and comparison over a grid of values around 0, +-1, +-2^31, +-2^32, MIN and MAX.
public class OpsGrid {
    static final long[] V = {
        0L, 1L, -1L, 2L, -2L, 3L, 7L, -7L, 10L, -10L,
        0x7FFFFFFFL, 0x80000000L, -0x80000000L, -0x80000001L, 0xFFFFFFFFL, 0x100000000L, -0x100000000L,
        0x100000001L, 0xFFFFFFFFFL, 0x7FFFFFFFFFFFFFFFL, 0x8000000000000000L, 0x8000000000000001L,
        0x7FFFFFFFFFFFFFFEL, 1000000007L, -999999999999L, 0x123456789ABCDEF0L, 0xFEDCBA9876543210L,
        0x00000000FFFF0000L, 0xFFFF0000FFFF0000L, 1000000000L, 1000000000000000000L
    };

    static long h = 0;
    static void mix(long r) {
        h = h * 31 + r;
        h ^= h >>> 29;
    }

    public static void main(String[] args) {
        int n = V.length;
        for (int i = 0; i < n; i++) {
            long a = V[i];
            System.out.println("a=" + a + " neg=" + (-a) + " not=" + (~a) + " i=" + (int) a + " s=" + (short) a + " b=" + (byte) a + " c=" + (int) (char) a);
            for (int j = 0; j < n; j++) {
                long b = V[j];
                long add = a + b, sub = a - b, mul = a * b, and = a & b, or = a | b, xor = a ^ b;
                String cmp = (a < b ? "<" : "") + (a <= b ? "<=" : "") + (a == b ? "==" : "") + (a != b ? "!=" : "") + (a > b ? ">" : "") + (a >= b ? ">=" : "");
                String q, r;
                try { q = "" + (a / b); } catch (ArithmeticException e) { q = "E:" + e.getMessage(); }
                try { r = "" + (a % b); } catch (ArithmeticException e) { r = "E:" + e.getMessage(); }
                System.out.println(i + "," + j + " " + add + " " + sub + " " + mul + " " + and + " " + or + " " + xor + " " + cmp + " " + q + " " + r);
                mix(add); mix(sub); mix(mul); mix(xor);
            }
        }
        System.out.println("h=" + h);
    }
}
