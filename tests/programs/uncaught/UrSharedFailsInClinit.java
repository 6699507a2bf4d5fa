// A failing check in a method called both from main and from a static initialiser, failing inside
// the initialiser: HotSpot reports an ExceptionInInitializerError with the ArithmeticException as
// its cause, so the check must not take the direct uncaught report.
public class UrSharedFailsInClinit {
    static int divide(int a, int b) {
        return a / b;
    }

    static class Table {
        static final int RATIO = divide(100, Integer.parseInt("0"));
    }

    public static void main(String[] args) {
        System.out.println(divide(9, 3));
        System.out.print("pending ");
        System.out.println("ratio " + Table.RATIO);
    }
}
