// Two-address Thumb instructions (lsls/lsrs/asrs/rors by register, bics, and the commutative
// ands/orrs/eors/muls) where the second operand dies at the instruction while the first stays live:
// the result must not be given the second operand's register unless the instruction is
// commutative. Shapes: x = y OP x with y used afterwards, chains under register pressure, and
// shift amounts that are loop variables.
public class StressTwoAddress {
    static int shifts(int y, int x) {
        int a = y << x;
        int b = y >>> a;
        int c = y >> b;
        int d = Integer.rotateRight(y, c);
        int e = y & ~d;
        return a ^ b ^ c ^ d ^ e ^ y;
    }

    static int pressure(int p, int q) {
        int v0 = p + 1, v1 = q + 2, v2 = p ^ q, v3 = p - q, v4 = p * 3, v5 = q * 5, v6 = p | 7, v7 = q & 0x70f;
        for (int i = 0; i < 6; i++) {
            v0 = v1 << v0;
            v1 = v2 >>> v1;
            v2 = v3 >> v2;
            v3 = Integer.rotateLeft(v4, v3);
            v4 = v5 & ~v4;
            v5 = v6 * v5;
            v6 = v7 ^ v6;
            v7 = v0 | v7;
        }
        return v0 + v1 * 3 + v2 * 5 + v3 * 7 + v4 * 11 + v5 * 13 + v6 * 17 + v7 * 19;
    }

    static int amounts(int y) {
        int s = 0;
        for (int i = -3; i < 40; i += 5) s = s * 7 + (y << i) + (y >> i) + (y >>> i) + Integer.rotateLeft(y, i) + (i << y);
        return s;
    }

    public static void main(String[] args) {
        int[] ys = {1, -1, 0x12345678, 0x80000000, 77};
        for (int k = 0; k < ys.length; k++) {
            System.out.println(ys[k] + ": " + shifts(ys[k], k) + " " + shifts(ys[k], -k * 7) + " " + pressure(ys[k], k) + " "
                    + amounts(ys[k]));
        }
    }
}
