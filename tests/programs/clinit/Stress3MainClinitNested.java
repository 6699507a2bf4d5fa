// The main class's static initialiser triggers a nested class's initialiser, which fails. The
// ExceptionInInitializerError is created while the main class's <clinit> runs, so its trace is
// that one frame; the main class's own initialisation then fails with that Error, which is not
// wrapped again. The cause's trace ends in "... 1 more".
public class Stress3MainClinitNested {
    static int seed = log("main <clinit>", 3);
    static int value = Helper.table[seed] + 1;

    static int log(String s, int v) {
        System.out.println(s + " " + v);
        return v;
    }

    static class Helper {
        static int[] table = build(seed);

        static int[] build(int n) {
            int[] t = new int[n];
            for (int i = 0; i <= n; i++) {
                t[i] = log("fill", i);
            }
            return t;
        }
    }

    public static void main(String[] args) {
        System.out.println("main " + value);
    }
}
