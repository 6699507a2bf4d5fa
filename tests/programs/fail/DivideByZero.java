// Integer division by zero throws ArithmeticException("/ by zero"); uncaught, the program ends
// with HotSpot's first line on the console and exit status 1. Output before it must appear.
public class DivideByZero {
    static int divide(int a, int b) { return a / b; }

    public static void main(String[] a) {
        int d = 3;
        for (int i = 0; i < 5; i++) {
            System.out.println("100 / " + d + " = " + divide(100, d));
            d--;
        }
        System.out.println("not reached");
    }
}
