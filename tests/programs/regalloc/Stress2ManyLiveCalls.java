// Twenty values live across a chain of calls inside nested loops: every call clobbers r0-r3 and
// the callees themselves use all callee-saved registers and r8-r11, so the caller's values must
// come back from their homes intact. Results of calls are combined in an order different from the
// order they were made, and a division (hardware divider) sits between calls.
public class Stress2ManyLiveCalls {
    static int depth;

    static int heavy(int a, int b) {
        depth++;
        int x0 = a, x1 = b, x2 = a ^ b, x3 = a + b, x4 = a - b, x5 = a * b, x6 = a | b, x7 = a & b, x8 = ~a, x9 = ~b;
        for (int i = 0; i < 3; i++) {
            int t = x0;
            x0 = x1 + x9;
            x1 = x2 ^ x8;
            x2 = x3 - x7;
            x3 = x4 + x6;
            x4 = x5 ^ x5 >>> 3;
            x5 = x6 + 1;
            x6 = x7 * 3;
            x7 = x8 - t;
            x8 = x9 ^ i;
            x9 = t + x4;
        }
        return x0 ^ x1 ^ x2 ^ x3 ^ x4 ^ x5 ^ x6 ^ x7 ^ x8 ^ x9;
    }

    static int run(int seed) {
        int a0 = seed, a1 = seed * 3, a2 = seed * 5, a3 = seed * 7, a4 = seed * 11, a5 = seed * 13, a6 = seed * 17;
        int a7 = seed * 19, a8 = seed * 23, a9 = seed * 29, b0 = seed + 1, b1 = seed + 2, b2 = seed + 3, b3 = seed + 4;
        int b4 = seed + 5, b5 = seed + 6, b6 = seed + 7, b7 = seed + 8, b8 = seed + 9, b9 = seed + 10;
        int acc = 0;
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 3; j++) {
                int r1 = heavy(a0 + i, b9 - j);
                int r2 = heavy(a1 ^ j, b8);
                int q = (r1 | 1) != 0 ? (a2 * 1000 + r2) / ((r1 & 255) + 1) : 0;
                int r3 = heavy(q, a3);
                acc += r3 - r1 * 3 + r2 * 5 + q;
                a0 += b0;
                a1 ^= b1;
                a2 -= b2;
                a3 += b3 * j;
                a4 = a4 * 3 + b4;
                a5 ^= a4 >>> 2;
                a6 += a5;
                a7 = a7 - a6 + b5;
                a8 ^= b6 + b7;
                a9 += b8 ^ b9;
                b0++;
                b9--;
            }
            System.out.println("i " + i + " acc " + acc + " " + a0 + " " + a1 + " " + a2 + " " + a3 + " " + a4 + " " + a5
                    + " " + a6 + " " + a7 + " " + a8 + " " + a9 + " " + b0 + " " + b9);
        }
        return acc + a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + b0 + b1 + b2 + b3 + b4 + b5 + b6 + b7 + b8 + b9;
    }

    public static void main(String[] args) {
        System.out.println("run " + run(1));
        System.out.println("run " + run(-123456));
        System.out.println("depth " + depth);
    }
}
