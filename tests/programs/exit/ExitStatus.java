// System.exit with a non-zero status after output: the status reaches the host (3 here), nothing
// after the call runs, and exit from inside nested calls and loops works the same way.
public class ExitStatus {
    static int depth;

    static void dive(int n) {
        depth++;
        System.out.println("dive " + n);
        if (n == 0) {
            System.out.println("exiting from depth " + depth);
            System.exit(3);
        }
        dive(n - 1);
        System.out.println("never printed " + n);
    }

    public static void main(String[] a) {
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += i * i;
            System.out.println("i " + i + " sum " + sum);
        }
        dive(3);
        System.out.println("not reached");
    }
}
