// System.exit with a negative status computed in a deep recursion with stack-passed arguments:
// -3 & 0xff = 253 on the host. The exit happens inside a switch inside a loop, after output
// without a trailing newline.
public class Stress2ExitNegative {
    static int walk(int depth, int a, int b, int c, int d, int e, int f) {
        for (int i = 0; i < 3; i++) {
            switch ((depth + i) % 4) {
                case 0 -> System.out.print(".");
                case 1 -> System.out.print(a + b);
                case 2 -> {
                    if (depth == 5) {
                        System.out.print(" exit " + (c - d - e - f));
                        System.exit(c - d - e - f);
                    }
                }
                default -> System.out.print("-");
            }
        }
        return walk(depth + 1, b, a, c, d, e, f) + 1;
    }

    public static void main(String[] args) {
        System.out.println("start");
        System.out.println(walk(0, 1, 2, 3, 2, 2, 2));
    }
}
