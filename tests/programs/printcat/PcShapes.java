// The shapes around a printed concatenation: only a print whose argument is the concatenation
// itself writes pieces; a concatenation kept in a local, chosen by a ternary, passed through a
// method or printed inside try/catch/finally and loops must print the same either way, and the
// receiver (a method that prints) is evaluated before the operands, as on HotSpot.
public class PcShapes {
    static int counter;

    static java.io.PrintStream out() {
        System.out.print("(receiver " + counter++ + ")");
        return System.out;
    }

    static int next() {
        System.out.print("(operand " + counter++ + ")");
        return counter;
    }

    static String wrap(String s) {
        return "<" + s + ">";
    }

    public static void main(String[] args) {
        boolean yes = args.length == 0;
        String kept = "kept " + yes;
        System.out.println(kept);
        System.out.println(yes ? "ternary " + counter : "other");
        System.out.println(!yes ? "other" : "ternary second " + counter);
        System.out.println(wrap("wrapped " + counter));
        out().println("after receiver " + next() + " " + next());
        for (int i = 0; i < 3; i++) {
            try {
                if (i == 1) {
                    throw new RuntimeException("in try " + i);
                }
                System.out.println("try " + i);
            } catch (RuntimeException e) {
                System.out.println("catch " + e.getMessage() + " " + i);
            } finally {
                System.out.print("finally " + i + (i < 2 ? ", " : "\n"));
            }
        }
        int[] data = {3, 1, 4, 1, 5};
        for (int i = 0; i < data.length; i++) {
            System.out.print(i == 0 ? "[" + data[i] : ", " + data[i]);
        }
        System.out.println("]");
        synchronized (PcShapes.class) {
            System.out.println("synchronized " + data.length);
        }
        Runnable r = () -> System.out.println("lambda " + data[2]);
        r.run();
        System.out.println("done " + counter);
    }
}
