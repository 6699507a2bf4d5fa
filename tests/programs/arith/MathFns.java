// Math.abs/min/max on int (abs(MIN_VALUE) stays negative) and Integer.rotateLeft/rotateRight with
// distances of 0, 31, 32 and beyond, and negative ones (rotation uses only the low five bits).
public class MathFns {
    public static void main(String[] a) {
        int[] v = { 0, 1, -1, 42, -42, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE + 1, 0x80000001, 123456789 };
        for (int i = 0; i < v.length; i++) {
            System.out.println("abs(" + v[i] + ") = " + Math.abs(v[i]));
        }
        for (int i = 0; i < v.length; i += 2) {
            for (int j = 1; j < v.length; j += 3) {
                System.out.println("min(" + v[i] + ", " + v[j] + ") = " + Math.min(v[i], v[j])
                        + ", max = " + Math.max(v[i], v[j]));
            }
        }
        int lo = Integer.MAX_VALUE, hi = Integer.MIN_VALUE, sumAbs = 0;
        for (int i = 0; i < v.length; i++) {
            lo = Math.min(lo, v[i]);
            hi = Math.max(hi, v[i]);
            sumAbs += Math.abs(v[i]);
        }
        System.out.println("lo " + lo + " hi " + hi + " sumAbs " + sumAbs);

        int[] dist = { 0, 1, 4, 8, 16, 31, 32, 33, 36, 64, -1, -4, -31, -32, -33, 1000 };
        int w = 0x12345678;
        for (int i = 0; i < dist.length; i++) {
            int l = Integer.rotateLeft(w, dist[i]);
            int r = Integer.rotateRight(w, dist[i]);
            System.out.println("rot " + dist[i] + ": left " + l + " right " + r + " back " + Integer.rotateRight(l, dist[i]));
        }
        int m = 0x80000001;
        System.out.println("rotl(0x80000001,1) = " + Integer.rotateLeft(m, 1) + ", rotr = " + Integer.rotateRight(m, 1));

        // Clamping, the common use of min/max together.
        for (int x = -300; x <= 300; x += 75) {
            System.out.println("clamp(" + x + ") = " + Math.max(-128, Math.min(127, x)) + ", |x| = " + Math.abs(x));
        }
        // A rotate-based mixer in a loop.
        int h = 0x9e3779b9;
        for (int i = 0; i < 10; i++) {
            h = Integer.rotateLeft(h ^ i, 5) * 0x27d4eb2d;
            h = h ^ Integer.rotateRight(h, 13);
            System.out.println("mix " + i + ": " + h);
        }
    }
}
