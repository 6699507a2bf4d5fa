// Live-range splitting at loop entries (RegAlloc.splitAtLoops): more values live than registers
// around nested loops, values live across calls inside loops, an exception thrown from inside a
// loop with many values live and then printed by the handler, long and double values live
// through loops. Values spilled before a loop and reloaded once at its entry must still be right
// on every path: the loop's exits, the exception's, and the loop that runs zero times.
public class StressSplitLoops {
    static int calls;

    static int helper(int x, int y) {
        calls++;
        if (x == Integer.MIN_VALUE) {
            return helper(x + 1, y) - 1;
        }
        return (x * 31) ^ (y >>> 3);
    }

    static int nested(int n, int seed) {
        int a = seed * 3 + 1, b = seed * 5 + 2, c = seed * 7 + 3, d = seed * 11 + 4;
        int e = a ^ b, f = c ^ d, g = a + d, h = b - c, p = e * f, q = g * h, r = p - q, s = p + q;
        int total = a + b + c + d + e + f + g + h + p + q + r + s;
        for (int i = 0; i < n; i++) {
            int row = 0;
            for (int j = 0; j < n; j++) {
                row += (i * j) ^ a;
                for (int k = 0; k < j; k++) {
                    row += k * b + (k ^ c);
                }
                row ^= d;
            }
            total += row + e * i + f;
            for (int k = n; k > 0; k--) {
                total ^= g + k * h;
            }
            total += p - q;
        }
        return total + r * s + a + b + c + d + e + f + g + h;
    }

    static int acrossCalls(int[] data, int m) {
        int x0 = m, x1 = m + 1, x2 = m * 2, x3 = m ^ 5, x4 = m - 9, x5 = m * m, x6 = ~m, x7 = m >> 1, x8 = m << 3;
        int acc = 0;
        for (int i = 0; i < data.length; i++) {
            acc += helper(data[i] + x0, x1);
            for (int j = 0; j < 3; j++) {
                acc ^= data[(i + j) % data.length] * x2 + x3;
            }
            acc += x4;
        }
        return acc + x0 + x1 + x2 + x3 + x4 + x5 + x6 + x7 + x8;
    }

    static void throwsInside(int[] data, int limit) {
        int a = limit * 3, b = limit ^ 0x55, c = limit - 17, d = limit * limit, e = a + b, f = c - d;
        int g = e ^ f, h = a * c, sum = 0, i = 0;
        try {
            for (i = 0; i < limit; i++) {
                for (int j = 0; j < 4; j++) {
                    sum += data[i * 4 + j] * (j + 1) + a;
                }
                sum ^= b + c;
            }
        } catch (ArrayIndexOutOfBoundsException ex) {
            System.out.println("caught " + ex.getMessage() + " at i=" + i);
        }
        System.out.println("values " + a + " " + b + " " + c + " " + d + " " + e + " " + f + " " + g + " " + h + " sum " + sum);
    }

    static long longs(int n, long seed) {
        long a = seed * 0x9E3779B97F4A7C15L, b = a ^ (a >>> 29), c = b * 31 + a, d = c - b, e = d << 7;
        long acc = 0;
        for (int i = 0; i < n; i++) {
            long t = a + i;
            for (int j = 0; j < n; j++) {
                t = t * 6364136223846793005L + b;
                acc ^= t >>> 17;
            }
            acc += c ^ d;
        }
        return acc + a + b + c + d + e;
    }

    static double doubles(int n, double x) {
        double a = x * 1.5, b = a + 0.25, c = b * b, d = c - a, e = d / 3.0;
        double acc = 0;
        for (int i = 0; i < n; i++) {
            double t = a;
            for (int j = 0; j < n; j++) {
                t = t * 0.5 + b * j;
            }
            acc += t + c;
        }
        return acc + a + b + c + d + e;
    }

    public static void main(String[] args) {
        System.out.println(nested(0, 3));
        System.out.println(nested(1, 3));
        System.out.println(nested(9, -7));
        int[] data = new int[37];
        for (int i = 0; i < data.length; i++) {
            data[i] = i * i - 50;
        }
        System.out.println(acrossCalls(data, 12) + " calls " + calls);
        System.out.println(acrossCalls(new int[1], -3) + " calls " + calls);
        throwsInside(data, 3);
        throwsInside(data, 20);
        System.out.println(longs(0, 5));
        System.out.println(longs(7, -123456789L));
        System.out.println(doubles(0, 1.0));
        System.out.println(doubles(6, 0.75));
    }
}
