// Unbounded recursion: HotSpot and the device both end with a StackOverflowError (the device
// checks the stack pointer on entry to recursive methods; its stack is 8 KiB, HotSpot's far more).
public class StackOverflow {
    static int depth;

    static int down(int n) {
        depth++;
        return down(n + 1) + 1;
    }

    public static void main(String[] args) {
        System.out.println("recursing");
        System.out.println(down(0));
    }
}
