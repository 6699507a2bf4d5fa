// Several induction variables in one loop: i up by 1, j down by 3, k doubling, m wrapping past
// Integer.MAX_VALUE, an index derived from two of them (i + j stays in bounds only because j falls
// as i rises), and loops whose exit test is on a secondary variable. Array accesses use each of them.
public class Stress2InductionMulti {
    public static void main(String[] args) {
        int[] a = new int[32];
        for (int i = 0; i < 32; i++) a[i] = i * i - 50;
        int s = 0;
        for (int i = 0, j = 31, k = 1; i < j; i++, j -= 3, k <<= 1) {
            s += a[i] * 3 + a[j] - k;
            a[i + (31 - j) / 3] ^= k;
            System.out.println("i " + i + " j " + j + " k " + k + " s " + s);
        }
        int m = Integer.MAX_VALUE - 5;
        int count = 0;
        for (int i = 0; i < 12; i++, m++) {
            if (m < 0) count++;
            s = s * 7 + (m >>> 28) + a[(m & 31)];
        }
        System.out.println("wrap " + m + " count " + count + " s " + s);
        int lo = 0, hi = a.length - 1, steps = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            steps++;
            if (a[mid] < 100) lo = mid + 1;
            else hi = mid - 1;
        }
        System.out.println("search lo " + lo + " hi " + hi + " steps " + steps);
        int p = 0, q = 0;
        while (q < 30) {
            p += 2;
            q = p * p / 10;
            a[q & 31] += p;
        }
        System.out.println("pq " + p + " " + q + " " + a[q & 31]);
        int h = 0;
        for (int v : a) h = h * 31 + v;
        System.out.println("h " + h);
        int x = 1;
        for (int i = 30; i >= 0; i -= 7) {
            for (int j = i; j < 32; j += i + 1) {
                x = x * 3 + a[j] + a[31 - j];
            }
        }
        System.out.println("x " + x);
    }
}
