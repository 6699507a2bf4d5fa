// Phi cycles under heavy register pressure: a loop with sixteen live values where a five-value
// rotation and two swaps involve values that must live in spill slots or r8-r11, phi inputs that
// are constants (rematerialised into slots) mixed into the cycles, and a call inside the loop so
// nothing survives in r0-r3. Sequentialising the parallel copies with a scratch slot or ip must not
// lose a value.
public class Stress2PhiSpilled {
    static int calls;

    static int f(int x, int y) {
        calls++;
        return (x * 3) ^ (y >>> 1);
    }

    static void run(int n, int seed) {
        int a = seed, b = seed + 1, c = seed + 2, d = seed + 3, e = seed + 4;
        int g = 100, h = 200, k = 300, m = 400;
        int p = -1, q = -2, r = -3, s = -4, t = -5, u = -6, w = -7;
        for (int i = 0; i < n; i++) {
            // five-cycle
            int tmp = a;
            a = b;
            b = c;
            c = d;
            d = e;
            e = tmp;
            // two swaps
            int t2 = g;
            g = h;
            h = t2;
            t2 = k;
            k = m;
            m = t2;
            // a cycle mixed with constants on some edges
            if ((i & 3) == 1) {
                int t3 = p;
                p = q;
                q = 77777;
                r = t3;
            } else {
                int t3 = r;
                r = s;
                s = t;
                t = u;
                u = w;
                w = t3;
            }
            int z = f(a + g, e - m);
            p += z & 15;
            System.out.println(i + ": " + a + " " + b + " " + c + " " + d + " " + e + " | " + g + " " + h + " "
                    + k + " " + m + " | " + p + " " + q + " " + r + " " + s + " " + t + " " + u + " " + w);
        }
        int all = a * 1 + b * 2 + c * 3 + d * 4 + e * 5 + g * 6 + h * 7 + k * 8 + m * 9 + p * 10 + q * 11
                + r * 12 + s * 13 + t * 14 + u * 15 + w * 16;
        System.out.println("all " + all + " calls " + calls);
    }

    static int deep(int n) {
        int v0 = n, v1 = n * 3, v2 = n * 5, v3 = n * 7, v4 = n * 11, v5 = n * 13, v6 = n * 17, v7 = n * 19;
        int v8 = n * 23, v9 = n * 29, v10 = n * 31, v11 = n * 37;
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 3; j++) {
                int t = v0;
                v0 = v11;
                v11 = v10;
                v10 = v9;
                v9 = v8;
                v8 = v7;
                v7 = v6;
                v6 = v5;
                v5 = v4;
                v4 = v3;
                v3 = v2;
                v2 = v1;
                v1 = t + j;
            }
            int t = v3;
            v3 = v8;
            v8 = t;
            v0 ^= v5 + i;
        }
        return v0 + 2 * v1 + 3 * v2 + 4 * v3 + 5 * v4 + 6 * v5 + 7 * v6 + 8 * v7 + 9 * v8 + 10 * v9 + 11 * v10
                + 12 * v11;
    }

    public static void main(String[] args) {
        run(9, 10);
        run(0, 5);
        for (int n = -2; n < 4; n++) System.out.println("deep " + n + " " + deep(n));
    }
}
