// Expressions the optimiser folds or simplifies: x - x, x ^ x, x & x, (x + c1) - c2 chains, multiply
// by 0, 1, -1, powers of two and Integer.MIN_VALUE, divide and remainder by 1 and -1 (a zero divisor
// elsewhere must still throw only where Java does), constant conditions that remove loop edges and
// phi operands, switches on constants (tables and compare trees), and i2b/i2s/i2c of constants.
public class Stress2ConstFold {
    static int[] vals = {0, 1, -1, 7, -8, 12345, Integer.MAX_VALUE, Integer.MIN_VALUE};

    static int fold(int x) {
        int h = x - x;
        h = h * 31 + (x ^ x);
        h = h * 31 + (x & x) + (x | x);
        h = h * 31 + ((x + 5) - 5) + ((x - 7) + 3) + ((x + 100000) + -100001);
        h = h * 31 + x * 0 + x * 1 + x * -1 + x * 8 + x * -8 + x * Integer.MIN_VALUE + x * 0x40000000;
        h = h * 31 + x / 1 + x / -1 + x % 1 + x % -1;
        h = h * 31 + (byte) 200 + (short) 70000 + (char) -1 + (byte) x + (short) x + (char) x;
        h = h * 31 + ((x << 0) >> 0 >>> 0) + (x << 32) + (x >> 64) + (x >>> -32);
        h = h * 31 + (-(-x)) + (~~x);
        return h;
    }

    static int constLoop() {
        boolean never = false;
        int s = 0;
        for (int i = 0; i < 10; i++) {
            int t = i;
            if (never) {
                t = 1000;
                continue;
            }
            if (3 > 2) t += 1;
            if (i == i) s += t;
            while (false != never) s = -1;
        }
        return s;
    }

    static int constSwitch() {
        int s = 0;
        int k = 3;
        switch (k) {
            case 1: s += 1;
            case 3: s += 3;
            case 4: s += 4;
                break;
            default: s += 100;
        }
        int m = -7;
        switch (m) {
            case -7 -> s *= 10;
            case 1000000 -> s = 0;
            default -> s = -1;
        }
        switch (Integer.MIN_VALUE) {
            case Integer.MIN_VALUE: s += 5; break;
            case Integer.MIN_VALUE + 1: s += 6; break;
            case Integer.MIN_VALUE + 2: s += 7; break;
            case Integer.MIN_VALUE + 3: s += 8; break;
            default: s += 9;
        }
        return s;
    }

    static int zeroDivisor(int x, int d) {
        int zero = x - x;
        int r = x * 0 + 17;
        if (d != 0) r += x / d;
        r += zero / (d | 1);
        r += (zero + 1) % (d == 0 ? 1 : d);
        return r;
    }

    public static void main(String[] args) {
        for (int x : vals) System.out.println(x + " fold " + fold(x) + " zd " + zeroDivisor(x, x) + " " + zeroDivisor(x, 3));
        System.out.println("constLoop " + constLoop());
        System.out.println("constSwitch " + constSwitch());
        int z = vals[0];
        System.out.println("about to divide by " + z);
        System.out.println(vals[1] % z);
    }
}
