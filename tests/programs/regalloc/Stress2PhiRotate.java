// Phi cycles: loops that rotate 2, 3, 4 and 5 variables every iteration (a,b = b,a and longer
// cycles), rotations taken only on some paths (so the parallel copy differs per edge), rotations
// whose members include constants and values that stay live across calls, and two nested loops
// each rotating its own set. Every iteration's state is folded into a printed checksum.
public class Stress2PhiRotate {
    static int sink;

    static int id(int x) {
        sink += x;
        return x;
    }

    static void swap2() {
        int a = 1, b = 2;
        for (int i = 0; i < 7; i++) {
            int t = a;
            a = b;
            b = t + i;
        }
        System.out.println("swap2 " + a + " " + b);
    }

    static void rot3(int n) {
        int a = 11, b = 22, c = 33;
        int sum = 0;
        for (int i = 0; i < n; i++) {
            int t = a;
            a = b;
            b = c;
            c = t;
            sum = sum * 31 + a * 3 + b * 5 + c * 7;
        }
        System.out.println("rot3 " + n + ": " + a + " " + b + " " + c + " sum " + sum);
    }

    static void rot4Reverse(int n) {
        int a = 1, b = 2, c = 3, d = 4;
        for (int i = 0; i < n; i++) {
            int t = d;
            d = c;
            c = b;
            b = a;
            a = t;
            if ((i & 1) == 0) {
                int u = a;
                a = c;
                c = u;
            }
        }
        System.out.println("rot4 " + n + ": " + a + " " + b + " " + c + " " + d);
    }

    static void rot5Calls(int n) {
        int a = 5, b = 4, c = 3, d = 2, e = 1;
        int acc = 0;
        for (int i = 0; i < n; i++) {
            int t = a;
            a = id(b);
            b = c;
            c = id(d);
            d = e;
            e = t;
            acc ^= (a << 1) + (b << 3) + (c << 5) + (d << 7) + (e << 9) + i;
        }
        System.out.println("rot5 " + n + ": " + a + b + c + d + e + " acc " + acc + " sink " + sink);
    }

    static void conditionalRot(int[] sel) {
        int x = 100, y = 200, z = 300;
        for (int i = 0; i < sel.length; i++) {
            switch (sel[i]) {
                case 0 -> {
                    int t = x;
                    x = y;
                    y = t;
                }
                case 1 -> {
                    int t = x;
                    x = y;
                    y = z;
                    z = t;
                }
                case 2 -> {
                    int t = z;
                    z = y;
                    y = x;
                    x = t;
                }
                default -> {
                    x = 7;
                    y = x + z;
                }
            }
            System.out.println("cond " + i + " sel " + sel[i] + ": " + x + " " + y + " " + z);
        }
    }

    static void constantsInCycle(int n) {
        int a = 0, b = 1, c = 2;
        for (int i = 0; i < n; i++) {
            int na = b, nb = c, nc = a;
            if (i % 3 == 0) {
                na = 1000;
                nc = -5;
            }
            a = na;
            b = nb;
            c = nc;
            System.out.println("const " + i + ": " + a + "," + b + "," + c);
        }
    }

    static void nested(int n) {
        int p = 1, q = 2, r = 3;
        int total = 0;
        for (int i = 0; i < n; i++) {
            int u = 10, v = 20, w = 30, x = 40;
            for (int j = 0; j < n + i; j++) {
                int t = u;
                u = v;
                v = w;
                w = x;
                x = t + j;
            }
            int t = p;
            p = q + u;
            q = r + v;
            r = t + w + x;
            total = total * 7 + p - q + r;
        }
        System.out.println("nested " + n + ": " + p + " " + q + " " + r + " total " + total);
    }

    static int fib2(int n) {
        int a = 0, b = 1;
        while (n-- > 0) {
            b = a + b;
            a = b - a;
        }
        return a;
    }

    static void swapsAcrossBreak(int[] data) {
        int lo = 0, hi = 1, mid = 2;
        outer:
        for (int i = 0; i < data.length; i++) {
            for (int j = 0; j < 3; j++) {
                int t = lo;
                lo = hi;
                hi = mid;
                mid = t;
                if (data[i] == j) continue outer;
                if (data[i] < 0) break outer;
            }
            lo += data[i];
        }
        System.out.println("break " + lo + " " + hi + " " + mid);
    }

    public static void main(String[] args) {
        swap2();
        for (int n = 0; n < 7; n++) {
            rot3(n);
            rot4Reverse(n);
        }
        rot5Calls(0);
        rot5Calls(1);
        rot5Calls(13);
        conditionalRot(new int[] {0, 1, 2, 3, 1, 1, 2, 0, 0, 2, 9, 1});
        constantsInCycle(7);
        nested(4);
        for (int k = 0; k < 12; k++) System.out.print(fib2(k) + " ");
        System.out.println();
        swapsAcrossBreak(new int[] {5, 0, 2, 7, 1, 9, -1, 4});
    }
}
