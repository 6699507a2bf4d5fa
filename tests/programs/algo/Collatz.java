// Collatz sequences: steps to reach 1 for the first few hundred starting values, the longest
// chain below a bound, the peak value reached, and a guard for values that would overflow int.
public class Collatz {
    static int steps(int n) {
        int s = 0;
        while (n != 1) {
            if (n > 715827882) return -1; // 3n + 1 would overflow
            n = (n & 1) == 0 ? n >> 1 : 3 * n + 1;
            s++;
        }
        return s;
    }

    static int peak(int n) {
        int p = n;
        while (n != 1) {
            n = n % 2 == 0 ? n / 2 : 3 * n + 1;
            if (n > p) p = n;
        }
        return p;
    }

    public static void main(String[] a) {
        System.out.print("27:");
        int n = 27;
        int count = 0;
        while (n != 1 && count < 20) {
            System.out.print(" " + n);
            n = (n & 1) == 0 ? n >> 1 : 3 * n + 1;
            count++;
        }
        System.out.println(" ...");
        System.out.println("steps(27) = " + steps(27) + ", peak " + peak(27));
        int best = 1, bestSteps = 0, total = 0;
        for (int i = 1; i < 3000; i++) {
            int s = steps(i);
            total += s;
            if (s > bestSteps) {
                bestSteps = s;
                best = i;
                System.out.println("new record " + i + ": " + s + " steps, peak " + peak(i));
            }
        }
        System.out.println("longest below 3000: " + best + " with " + bestSteps + " steps, total " + total);
        System.out.println("steps(837799) = " + steps(837799));
        System.out.println("steps(1000000000) = " + steps(1000000000));
    }
}
