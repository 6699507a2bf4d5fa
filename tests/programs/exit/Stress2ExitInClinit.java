// System.exit called from a static initialiser that is itself triggered inside nested calls from a
// loop: output printed before (including a partial line without a newline) must appear, the
// status 300 becomes 300 & 0xff = 44 on the host as on HotSpot, and nothing after the exit runs.
public class Stress2ExitInClinit {
    static class Quitter {
        static int v = quit();
        static int quit() {
            System.out.print("quitting from clinit, v=" + v + " ");
            System.exit(300);
            System.out.println("not reached");
            return 1;
        }
    }

    static int level(int n) {
        System.out.print("[" + n);
        if (n == 3) {
            return Quitter.v;
        }
        int r = level(n + 1);
        System.out.println("unwound " + n);
        return r;
    }

    public static void main(String[] args) {
        for (int i = 0; i < 3; i++) {
            System.out.println("iteration " + i);
            if (i == 2) {
                level(0);
            }
        }
        System.out.println("after loop");
    }
}
