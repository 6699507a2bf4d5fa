// javac gives the arms of a conditional expression written on separate lines their own line-number
// entries, and the code after the merge keeps the line of the arm that precedes it in the bytecode.
// The failing access t[d] follows a multi-line conditional: HotSpot reports whatever the line
// table says for its bytecode, and so must the device, whichever arm ran last.
public class Stress3TernaryLines {
    static int[] t = {3, 1, 4, 1, 5};

    static int mix(boolean flag, int b, int c, int d) {
        int v = t[0]
                + (flag
                   ? t[b]
                   : t[c])
                + t[d];
        return v;
    }

    public static void main(String[] args) {
        System.out.println("a " + mix(true, 1, 9, 2));
        System.out.println("b " + mix(false, 9, 3, 4));
        System.out.println(mix(true, 2, 0, 5));
    }
}
