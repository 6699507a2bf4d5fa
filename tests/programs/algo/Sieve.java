// The sieve of Eratosthenes over a boolean[] of 20000 entries, then the prime counting function at
// powers of ten, twin primes, the largest gap, and a segmented check by trial division.
public class Sieve {
    static boolean[] sieve(int n) {
        boolean[] composite = new boolean[n + 1];
        composite[0] = true;
        composite[1] = true;
        for (int i = 2; i * i <= n; i++) {
            if (composite[i]) continue;
            for (int j = i * i; j <= n; j += i) composite[j] = true;
        }
        return composite;
    }

    static boolean isPrime(int n) {
        if (n < 2) return false;
        if (n % 2 == 0) return n == 2;
        for (int d = 3; d <= n / d; d += 2) if (n % d == 0) return false;
        return true;
    }

    public static void main(String[] a) {
        int n = 20000;
        boolean[] comp = sieve(n);
        System.out.print("first primes:");
        int shown = 0;
        for (int i = 0; shown < 25; i++) {
            if (!comp[i]) {
                System.out.print(" " + i);
                shown++;
            }
        }
        System.out.println();
        int count = 0, next = 10;
        int twins = 0, prev = -1, maxGap = 0, gapAt = 0, sum = 0;
        for (int i = 0; i <= n; i++) {
            if (!comp[i]) {
                count++;
                sum += i;
                if (prev > 0) {
                    if (i - prev == 2) twins++;
                    if (i - prev > maxGap) {
                        maxGap = i - prev;
                        gapAt = prev;
                    }
                }
                prev = i;
            }
            if (i == next) {
                System.out.println("pi(" + next + ") = " + count);
                next *= 10;
            }
        }
        System.out.println("pi(" + n + ") = " + count + ", sum " + sum);
        System.out.println("twin pairs " + twins + ", largest gap " + maxGap + " after " + gapAt);
        System.out.println("largest prime <= " + n + ": " + prev);
        int mismatches = 0;
        for (int i = 19000; i <= n; i++) if (isPrime(i) == comp[i]) mismatches++;
        System.out.println("trial division disagrees " + mismatches + " times in [19000, 20000]");
        System.out.println("2147483647 prime: " + isPrime(2147483647));
    }
}
