public class ExCalleeSaved {
    static int sink;

    // frame shape 1: many live values across a call (uses r4-r7 and r8-r11 / spills)
    static int heavy(int n, int a, int b, int c, int d, int e, int f) {
        int x1 = a * 3, x2 = b * 5, x3 = c * 7, x4 = d * 11, x5 = e * 13, x6 = f * 17;
        int x7 = x1 ^ x2, x8 = x3 ^ x4, x9 = x5 ^ x6, x10 = n * 19, x11 = x7 + x8, x12 = x9 - x10;
        int r = dispatch(n - 1, x1, x2, x3, x4, x5, x6);
        return r + x1 + x2 + x3 + x4 + x5 + x6 + x7 + x8 + x9 + x10 + x11 + x12;
    }

    // frame shape 2: small, values in low registers only
    static int light(int n, int a, int b, int c, int d, int e, int f) {
        return dispatch(n - 1, b, a, d, c, f, e) + 1;
    }

    // frame shape 3: loop with object locals across the call
    static int looping(int n, int a, int b, int c, int d, int e, int f) {
        int acc = 0;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            sb.append(i);
            acc += a + i;
            if (i == 1) acc += dispatch(n - 1, acc, b + i, c, d, e, f);
        }
        return acc + sb.length();
    }

    // frame shape 4: catches one type and lets others through, clobbering values
    static int filter(int n, int a, int b, int c, int d, int e, int f) {
        int p = a + b + c, q = d + e + f, r = p * q;
        try {
            return dispatch(n - 1, q, p, r & 1023, a, b, c) + p + q + r;
        } catch (ArithmeticException ex) {
            sink += p + q + r;
            return -p;
        }
    }

    static int dispatch(int n, int a, int b, int c, int d, int e, int f) {
        if (n <= 0) {
            if (a % 4 == 0) throw new IllegalStateException("ise a=" + a);
            if (a % 4 == 1) throw new ArithmeticException("ae");
            if (a % 4 == 2) return a + b + c + d + e + f;
            throw new UnsupportedOperationException("uoe b=" + b);
        }
        switch (n % 4) {
            case 0: return heavy(n, a, b, c, d, e, f);
            case 1: return light(n, a, b, c, d, e, f);
            case 2: return looping(n, a, b, c, d, e, f);
            default: return filter(n, a, b, c, d, e, f);
        }
    }

    public static void main(String[] args) {
        int v0 = 1000, v1 = 2001, v2 = 3002, v3 = 4003, v4 = 5004, v5 = 6005, v6 = 7006, v7 = 8007;
        int v8 = 9008, v9 = 10009, v10 = 11010, v11 = 12011;
        String name = "main";
        int[] hist = new int[4];
        int okSum = 0;
        for (int n = 0; n < 24; n++) {
            int a = n * 7 + 1;
            try {
                int r = dispatch(n, a, n + 2, n + 3, n + 4, n + 5, n + 6);
                okSum += r & 0xFFFF;
                hist[0]++;
                System.out.println(n + " ok r=" + r);
            } catch (IllegalStateException e) {
                hist[1]++;
                v0 += n; v5 -= n;
                System.out.println(n + " ISE " + e.getMessage());
            } catch (ArithmeticException e) {
                hist[2]++;
                v1 += n; v7 ^= n;
                System.out.println(n + " AE " + e.getMessage());
            } catch (RuntimeException e) {
                hist[3]++;
                v11 += 3 * n;
                System.out.println(n + " RTE " + e.getMessage());
            }
            System.out.println("  regs " + v0 + " " + v1 + " " + v2 + " " + v3 + " " + v4 + " " + v5 + " " + v6 + " " + v7
                + " " + v8 + " " + v9 + " " + v10 + " " + v11 + " " + name + " a=" + a + " sink=" + sink
                + " hist=" + hist[0] + hist[1] + hist[2] + hist[3] + " okSum=" + okSum);
            v2++; v4 += 2; v6 += 3; v8 += 4; v9 -= 1; v10 ^= 0x55;
        }
    }
}
