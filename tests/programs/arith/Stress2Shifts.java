// Shifts and rotations: constant counts of 0, 31, 32, 33, 63, -1 and -31 (Java uses the low five
// bits), variable counts from an array including negative and >= 256 values (the Thumb register
// shift uses the low byte and gives 0 or sign fill for 32..255), counts already masked with & 31,
// & 7 or >>> 27 (which need no second mask), and Integer.rotateLeft/Right with variable counts.
public class Stress2Shifts {
    static int[] xs = {1, -1, 0x80000000, 0x7fffffff, 0x12345678, 0xdeadbeef, 255, -256};
    static int[] ns = {0, 1, 7, 8, 31, 32, 33, 63, 64, 255, 256, 257, -1, -31, -32, -33, 0x7fffffff, 0x80000000, 1000};

    static int constShifts(int x) {
        int h = 0;
        h = h * 31 + (x << 0); h = h * 31 + (x >> 0); h = h * 31 + (x >>> 0);
        h = h * 31 + (x << 31); h = h * 31 + (x >> 31); h = h * 31 + (x >>> 31);
        h = h * 31 + (x << 32); h = h * 31 + (x >> 32); h = h * 31 + (x >>> 32);
        h = h * 31 + (x << 33); h = h * 31 + (x >> 33); h = h * 31 + (x >>> 33);
        h = h * 31 + (x << 63); h = h * 31 + (x >> 63); h = h * 31 + (x >>> 63);
        h = h * 31 + (x << -1); h = h * 31 + (x >> -1); h = h * 31 + (x >>> -1);
        h = h * 31 + (x << -31); h = h * 31 + (x >> -31); h = h * 31 + (x >>> -31);
        return h;
    }

    static int varShift(int x, int n) {
        int h = (x << n);
        h = h * 31 + (x >> n);
        h = h * 31 + (x >>> n);
        h = h * 31 + Integer.rotateLeft(x, n);
        h = h * 31 + Integer.rotateRight(x, n);
        h = h * 31 + (x << (n & 31));
        h = h * 31 + (x >> (n & 7));
        h = h * 31 + (x >>> (n >>> 27));
        h = h * 31 + (x << (n & 0x3f));
        h = h * 31 + (x >> (n & 0x20));
        h = h * 31 + (x >>> (n | 32));
        h = h * 31 + (x << (n + 32));
        h = h * 31 + (x >> -n);
        h = h * 31 + (1 << n);
        h = h * 31 + (-1 >>> n);
        h = h * 31 + (0x80000000 >> n);
        return h;
    }

    static int chained(int x, int n) {
        int y = x;
        for (int i = 0; i < 5; i++) {
            y = (y << n) | (y >>> (32 - n));
            y ^= y >> (n + i);
        }
        return y;
    }

    static boolean lowBitsZero(int x, int k) {
        return (x & ((1 << k) - 1)) == 0;
    }

    public static void main(String[] args) {
        for (int x : xs) {
            System.out.println("c " + x + " " + constShifts(x));
            int h = 0;
            for (int n : ns) {
                int v = varShift(x, n);
                h = h * 17 + v;
                System.out.print(v + " ");
            }
            System.out.println();
            System.out.println("h " + h);
        }
        for (int n = -3; n < 40; n += 4) System.out.print(chained(0x1234567, n) + " ");
        System.out.println();
        int z = 0;
        for (int x = 0; x < 300; x += 7) {
            if ((x & 7) == 0) z += 1;
            if ((x & 0xff) == 0) z += 100;
            if ((x & 0x7fffffff) == 0) z += 10000;
            if ((x & 31) != 0) z += 3;
            if (lowBitsZero(x, 3)) z += 1000;
            if ((x << 29) == 0) z += 5;
        }
        System.out.println("z " + z);
        System.out.println(Integer.rotateLeft(1, 32) + " " + Integer.rotateLeft(1, -1) + " " + Integer.rotateRight(1, 33)
                + " " + Integer.rotateRight(0x80000001, 0x80000000) + " " + Integer.rotateLeft(0x80000001, 0x80000001));
    }
}
