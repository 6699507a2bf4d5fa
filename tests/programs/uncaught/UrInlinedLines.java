// Uncaught bounds failure in a helper chain the optimiser inlines (three levels, called twice on
// one source line): each inlined frame must show its own line, and the failing one the right call.
public class UrInlinedLines {
    static int[] cells = { 1, 2, 3, 4 };

    static int at(int i) {
        return cells[i];
    }

    static int pair(int i) {
        return at(i) * 10
            + at(i + 1);
    }

    static int sum(int i) {
        return pair(i) + pair(i + 1);
    }

    public static void main(String[] args) {
        System.out.println(sum(0));
        System.out.println(sum(1));
        System.out.println(sum(2));
    }
}
