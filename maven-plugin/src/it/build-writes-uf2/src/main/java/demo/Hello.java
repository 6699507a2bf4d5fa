package demo;

/** Prints a greeting with a computed number (a string concatenation: one allocation site). */
public class Hello {
    public static void main(String[] args) {
        int sum = 0;
        for (int i = 1; i <= 10; i++) {
            sum += i;
        }
        System.out.println("hello from maven, sum " + sum);
    }
}
