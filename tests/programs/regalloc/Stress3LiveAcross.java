// Values live across calls inside loops: more ints than the four callee-saved registers hold, longs
// (register pairs) across calls, values used both before and after a call that throws and is caught
// in the loop, and values live into a handler. The allocator must keep each one intact whether it
// lives in a register, a slot or a high register; every result is printed and compared.
public class Stress3LiveAcross {
    static int calls;

    static int f(int x) {
        calls++;
        return x * 3 + 1;
    }

    static long g(long x) {
        calls++;
        return x * 0x100000001L + 7;
    }

    static int mayThrow(int x) {
        calls++;
        if (x % 7 == 3) {
            throw new IllegalStateException("x=" + x);
        }
        return x + 100;
    }

    static int ints(int n) {
        int a = 1, b = 2, c = 3, d = 4, e = 5, h = 6, k = 7;
        for (int i = 0; i < n; i++) {
            a += f(b);
            b ^= f(c) + a;
            c -= f(d) ^ b;
            d += f(e) * c;
            e ^= f(h) - d;
            h += f(k) + e;
            k ^= f(a) + h;
        }
        return a + b + c + d + e + h + k;
    }

    static long longs(int n) {
        long x = 1, y = -2, z = 0x7FFFFFFFFFL;
        int small = 9;
        for (int i = 0; i < n; i++) {
            x = g(x) ^ y;
            y = g(y + z) - x;
            z += g(small) ^ (x >>> 3);
            small = (int) (z >>> 40) + i;
        }
        return x ^ y ^ z ^ small;
    }

    static int handlers(int n) {
        int sum = 0, caught = 0, last = -1;
        long wide = 1;
        for (int i = 0; i < n; i++) {
            int before = sum * 3 + i;
            try {
                sum += mayThrow(i + before % 5);
                wide = wide * 31 + sum;
            } catch (IllegalStateException ex) {
                caught++;
                last = before + i;
                wide ^= last;
            }
            sum ^= before;
        }
        return sum + caught * 1000 + last + (int) (wide ^ (wide >>> 32));
    }

    public static void main(String[] args) {
        System.out.println(ints(40));
        System.out.println(longs(60));
        System.out.println(handlers(50));
        System.out.println(calls);
    }
}
