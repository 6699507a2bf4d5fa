// A static initialiser that fails, first reached inside a loop: the JVM wraps any exception that is
// not an Error in java.lang.ExceptionInInitializerError (JLS 12.4.2), so the first line HotSpot
// prints names that class, not the ArrayIndexOutOfBoundsException that caused it. The iterations
// before the first use of the class must complete and print.
public class StressClinitFailure {
    static int[] sizes = {4, 2};

    static class Table {
        static int[] data = new int[sizes[1]];
        static int first = build();

        static int build() {
            System.out.println("Table.<clinit> building");
            for (int i = 0; i < sizes[0]; i++) data[i] = i * i;
            return data[0];
        }
    }

    public static void main(String[] args) {
        for (int i = 0; i < 5; i++) {
            System.out.println("iteration " + i);
            if (i == 3) System.out.println("first " + Table.first);
        }
    }
}
