// Integer remainder by zero throws the same ArithmeticException("/ by zero") as division.
public class RemainderByZero {
    public static void main(String[] a) {
        int[] divisors = { 7, -3, 1, 0, 5 };
        for (int i = 0; i < divisors.length; i++) {
            int r = 100 % divisors[i];
            System.out.println("100 % " + divisors[i] + " = " + r);
        }
        System.out.println("not reached");
    }
}
