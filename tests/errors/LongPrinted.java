// Rejected in milestone 1: a long value that is printed. The first long operation is the error,
// not the PrintStream.println(long) call further down that would otherwise be found first.
public class LongPrinted {
    public static void main(String[] a) {
        long total = a.length; // ERROR: long
        System.out.println(total);
    }
}
