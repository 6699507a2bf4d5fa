// A failing check in a helper that the main class's own static initialiser calls (the failure is
// in the initialiser, before main runs): HotSpot reports ExceptionInInitializerError with the cause
// and exits with status 1; output pending without a newline goes first.
public class UrMainClinit {
    static int[] primes = { 2, 3, 5, 7 };
    static int product = productUpTo(5);

    static int productUpTo(int n) {
        System.out.print("product of " + n + ": ");
        int p = 1;
        for (int i = 0; i < n; i++) {
            p *= primes[i];
        }
        return p;
    }

    public static void main(String[] args) {
        System.out.println(product + " " + productUpTo(3));
    }
}
