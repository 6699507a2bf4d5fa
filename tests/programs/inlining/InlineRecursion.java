// Recursive methods, directly and through a cycle of two, calling small helpers: the helpers may
// be inlined, the recursion must not be (a method is never inlined into itself), and a deep
// recursion still ends in a StackOverflowError that is caught, with the trace's top frames intact.
public class InlineRecursion {
    static int add(int a, int b) {
        return a + b;
    }

    static int fib(int n) {
        return n < 2 ? n : add(fib(n - 1), fib(n - 2));
    }

    static boolean isEven(int n) {
        return n == 0 || isOdd(n - 1);
    }

    static boolean isOdd(int n) {
        return n != 0 && isEven(n - 1);
    }

    static int depth;

    static void dive(int n) {
        depth = add(depth, 1);
        dive(n + 1);
    }

    static int down(int n) {
        if (n == 0) {
            throw new RuntimeException("bottom");
        }
        return step(n) + 1;
    }

    static int step(int n) {
        return down(n - 1);
    }

    public static void main(String[] args) {
        System.out.println(fib(20));
        System.out.println(isEven(101) + " " + isOdd(101));
        try {
            dive(0);
        } catch (StackOverflowError e) {
            System.out.println("overflow " + (depth > 100));
        }
        try {
            down(3);
        } catch (RuntimeException e) {
            e.printStackTrace();
        }
    }
}
