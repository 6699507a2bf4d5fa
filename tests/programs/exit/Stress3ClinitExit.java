// Control case: System.exit inside a static initialiser reached from a nested call. The program
// must stop there with status 3 after the lines printed so far, no exception report.
public class Stress3ClinitExit {
    static class Config {
        static int mode = pick();

        static int pick() {
            System.out.println("Config.pick");
            System.exit(3);
            return 1;
        }
    }

    static int use(int k) {
        return k + Config.mode;
    }

    public static void main(String[] args) {
        System.out.println("before");
        System.out.println(use(4));
        System.out.println("not reached");
    }
}
