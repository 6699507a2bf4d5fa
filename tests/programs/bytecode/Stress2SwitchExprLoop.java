// Switch expressions whose arms contain loops, used in the middle of larger expressions: javac then
// keeps the expression's earlier operands on the operand stack across the loop's back edge, so the
// SSA builder needs phis for stack slots, loop rotation and peeling copy blocks that start with a
// non-empty stack, and the values must survive to the final arithmetic, call or concatenation.
public class Stress2SwitchExprLoop {
    static int[] arr = {5, 3, 8, 1, 9, 2};

    static int f(int a, int b, int c, int d) {
        return a * 1000 + b * 100 + c * 10 + d;
    }

    static int arith(int base, int k, int n) {
        return base * 3 + switch (k) {
            case 0 -> {
                int s = 0;
                for (int i = 0; i < n; i++) s += arr[i];
                yield s;
            }
            case 1 -> {
                int s = 1;
                int i = 0;
                while (i < n) {
                    s *= 2;
                    i++;
                }
                yield s;
            }
            case 2 -> {
                int s = 0;
                int i = n;
                do {
                    s += i;
                    if (i == 3) break;
                    i--;
                } while (i > 0);
                yield s;
            }
            default -> -1;
        } - base;
    }

    static int inCall(int a, int k, int n) {
        return f(a, a + 1, switch (k) {
            case 0 -> {
                int m = 0;
                for (int i = 0; i < n; i++) m = Math.max(m, arr[i]);
                yield m;
            }
            default -> {
                int m = 99;
                for (int i = n - 1; i >= 0; i--) {
                    if (arr[i] < 2) continue;
                    m = Math.min(m, arr[i]);
                }
                yield m;
            }
        }, a + 2);
    }

    static String inConcat(int k, int n) {
        return "k=" + k + " n=" + n + " -> " + switch (k) {
            case 0 -> {
                String s = "";
                for (int i = 0; i < n; i++) s += arr[i];
                yield s;
            }
            case 1 -> {
                int c = 0;
                outer:
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        if (arr[j] > arr[i]) continue outer;
                    }
                    c += arr[i];
                }
                yield "max-sum " + c;
            }
            default -> "none";
        } + " end";
    }

    static int nested(int k, int n) {
        int x = 7;
        return x * (switch (k & 1) {
            case 0 -> {
                int s = 0;
                for (int i = 0; i < n; i++) {
                    s += switch (arr[i] % 3) {
                        case 0 -> {
                            int t = 0;
                            for (int j = 0; j <= i; j++) t += arr[j];
                            yield t;
                        }
                        case 1 -> 1;
                        default -> -1;
                    };
                }
                yield s;
            }
            default -> 1000;
        }) + x;
    }

    public static void main(String[] args) {
        for (int k = 0; k < 4; k++) {
            for (int n = 0; n <= 6; n += 3) {
                System.out.println(k + " " + n + ": " + arith(10, k, n) + " " + inCall(k, k, n) + " " + nested(k, n));
                System.out.println(inConcat(k, n));
            }
        }
    }
}
