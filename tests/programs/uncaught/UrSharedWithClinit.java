// A failing check in a method called both from main and from a static initialiser: the
// initialiser's call succeeds, main's later call fails and must give the plain uncaught report
// (not an ExceptionInInitializerError), with the trace through main.
public class UrSharedWithClinit {
    static int divide(int a, int b) {
        return a / b;
    }

    static class Table {
        static final int RATIO = divide(100, 7);
        static int[] cells = new int[RATIO];
    }

    public static void main(String[] args) {
        System.out.println("ratio " + Table.RATIO + " cells " + Table.cells.length);
        System.out.println(divide(9, 3));
        System.out.println(divide(9, Table.RATIO - 14));
    }
}
