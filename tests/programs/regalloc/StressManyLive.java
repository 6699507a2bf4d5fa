// Register pressure: loops with 12-16 values live at once (more than r0-r7, so spills to the stack
// and to r8-r11), values rotated every iteration (a,b,c = b,c,a: phi moves with swap cycles), pairs
// swapped through phis, and values that stay live across calls (caller-saved r0-r3 get clobbered).
public class StressManyLive {
    static int calls;

    static int mix(int a, int b) {
        calls++;
        return (a * 31) ^ (b >>> 3);
    }

    static int sixteen(int n) {
        int a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, g = 7, h = 8;
        int i1 = 9, j = 10, k = 11, l = 12, m = 13, o = 14, p = 15, q = 16;
        for (int it = 0; it < n; it++) {
            a += b ^ q; b += c ^ p; c += d ^ o; d += e ^ m;
            e += f ^ l; f += g ^ k; g += h ^ j; h += i1 ^ a;
            i1 += j * 3; j += k * 5; k += l * 7; l += m * 9;
            m += o - a; o += p - b; p += q - c; q += a - d;
        }
        return a ^ b * 3 ^ c * 5 ^ d * 7 ^ e * 11 ^ f * 13 ^ g * 17 ^ h * 19
                ^ i1 * 23 ^ j * 29 ^ k * 31 ^ l * 37 ^ m * 41 ^ o * 43 ^ p * 47 ^ q * 53;
    }

    // Rotation of three and of five values, and a swap, all in one loop: every iteration's phi
    // moves contain cycles that need a scratch register.
    static void rotate(int n) {
        int a = 10, b = 20, c = 30;
        int v = 1, w = 2, x = 3, y = 4, z = 5;
        int s = 100, t = -100;
        for (int i = 0; i < n; i++) {
            int tmp = a; a = b; b = c; c = tmp;
            int t5 = v; v = w; w = x; x = y; y = z; z = t5 + i;
            int sw = s; s = t; t = sw;
        }
        System.out.println("rotate " + n + ": " + a + " " + b + " " + c + " | " + v + " " + w + " " + x + " " + y + " "
                + z + " | " + s + " " + t);
    }

    // Rotation where the new values depend on the old ones crosswise (a Fibonacci-like triple).
    static int crossRotate(int n) {
        int a = 0, b = 1, c = 2;
        for (int i = 0; i < n; i++) {
            int na = b + c, nb = c - a, nc = a ^ b;
            a = na; b = nb; c = nc;
        }
        return a * 7 + b * 3 + c;
    }

    // Twelve values live across a call in every iteration.
    static int acrossCalls(int n) {
        int a = 3, b = 5, c = 7, d = 11, e = 13, f = 17, g = 19, h = 23, x = 29, y = 31, z = 37, w = 41;
        for (int i = 0; i < n; i++) {
            int r = mix(a + i, b);
            a = b; b = c; c = d; d = e; e = f; f = g; g = h; h = x; x = y; y = z; z = w; w = r;
            if ((r & 3) == 0) {
                int tmp = a; a = w; w = tmp;
            }
        }
        return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * x + 10 * y + 11 * z + 12 * w;
    }

    // Nested loops, the inner one also rotating, with outer values live through it.
    static int nested(int n) {
        int p = 1, q = 2, r = 3, s = 4, t = 5, u = 6;
        for (int i = 0; i < n; i++) {
            int x = i, y = i + 1, z = i + 2;
            for (int j = 0; j < i; j++) {
                int tmp = x; x = y + p; y = z - q; z = tmp ^ r;
            }
            p += x; q ^= y; r -= z; s += p ^ q; t += r * 3; u ^= s + t;
        }
        return p ^ q ^ r ^ s ^ t ^ u;
    }

    // Many arguments (stack-passed) that are all used after an intervening call.
    static int wide(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j) {
        int m = mix(a, j);
        return m + a - b + c - d + e - f + g - h + i - j + mix(e, f) * 3;
    }

    public static void main(String[] args) {
        for (int n = 0; n < 5; n++) System.out.println("sixteen " + n + " " + sixteen(n));
        System.out.println("sixteen 1000 " + sixteen(1000));
        rotate(0);
        rotate(1);
        rotate(2);
        rotate(7);
        rotate(100);
        for (int n = 0; n < 40; n += 13) System.out.println("cross " + n + " " + crossRotate(n));
        System.out.println("across " + acrossCalls(0) + " " + acrossCalls(1) + " " + acrossCalls(50));
        System.out.println("nested " + nested(0) + " " + nested(1) + " " + nested(30));
        int s = 0;
        for (int k = 0; k < 20; k++) s += wide(k, k + 1, k * 2, k * 3, -k, 7, 8, 9, k ^ 5, 1000 - k);
        System.out.println("wide " + s + " calls " + calls);
    }
}
