package demo;

/**
 * Prints a greeting with a computed number (a string concatenation kept in a local: one allocation
 * site; printed at once, it would build no String).
 */
public class Hello {
    public static void main(String[] args) {
        int sum = 0;
        for (int i = 1; i <= 10; i++) {
            sum += i;
        }
        String line = "hello from maven, sum " + sum;
        System.out.println(line);
    }
}
