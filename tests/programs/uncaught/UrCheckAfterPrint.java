// A null check inside a loop that prints before the access on each pass: however the optimiser moves
// the check (hoisting it out of the loop), the output of earlier passes and of this pass's print must
// come before the uncaught report, and the line must be the access's.
public class UrCheckAfterPrint {
    static final class Cell {
        int v;
    }

    static Cell shared;

    static int walk(Cell c, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            System.out.print("step " + i + ";");
            s += c.v;
            c.v = s + i;
        }
        return s;
    }

    public static void main(String[] args) {
        Cell c = new Cell();
        c.v = 2;
        System.out.println(walk(c, 3));
        System.out.println(walk(shared, 3));
    }
}
