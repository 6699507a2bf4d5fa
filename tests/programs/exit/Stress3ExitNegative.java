// Control case: System.exit with a status outside 0..255, reached from a nested call inside a
// loop. The process status is the low eight bits (-3 becomes 253 on HotSpot under Linux), and
// nothing is printed after the call.
public class Stress3ExitNegative {
    static void stop(int code) {
        System.out.println("stopping with " + code);
        System.exit(code);
    }

    public static void main(String[] args) {
        for (int i = 0; i < 5; i++) {
            System.out.println("i " + i);
            if (i == 2) {
                stop(-3);
            }
        }
        System.out.println("not reached");
    }
}
