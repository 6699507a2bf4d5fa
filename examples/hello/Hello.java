/**
 * The first program to run with rtgo: plain Java that prints over UART0 of an emulated (or real)
 * Raspberry Pi Pico, and prints exactly the same on the desktop JVM.
 *
 *   ./rtgo run examples/hello          (emulated Pico)
 *   java examples/hello/Hello.java     (desktop JVM)
 */
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello from Java on a bare RP2040!");
        int[] primes = new int[10];
        int count = 0;
        for (int n = 2; count < primes.length; n++) {
            if (isPrime(n)) {
                primes[count++] = n;
            }
        }
        System.out.print("The first " + count + " primes:");
        for (int p : primes) {
            System.out.print(" " + p);
        }
        System.out.println();
        System.out.println("7 / 2 = " + (7 / 2) + ", -7 % 3 = " + (-7 % 3) + ", Integer.MIN_VALUE / -1 = "
                + (Integer.MIN_VALUE / -1));
    }

    static boolean isPrime(int n) {
        for (int d = 2; d * d <= n; d++) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }
}
