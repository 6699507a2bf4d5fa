// Stack checks placed only on the paths that recur (shrink-wrapped): methods that recur on one
// branch only, inside a loop, through a virtual call on one path, and through a mutually recursive
// partner that recurs conditionally. Each overflows the stack; a non-recursive caller catches the
// StackOverflowError, and then the same methods run normally again with a shallow depth.
public class StressOverflowPaths {
    interface Step {
        int step(int n);
    }

    static final class Down implements Step {
        public int step(int n) {
            return n <= 0 ? 0 : 1 + viaVirtual(this, n - 1);
        }
    }

    static int viaVirtual(Step s, int n) {
        if ((n & 1) == 0) {
            return s.step(n);
        }
        return n < 0 ? 0 : 1 + s.step(n - 1);
    }

    // recurs only when y < x
    static int tak(int x, int y, int z) {
        if (y < x) {
            return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y));
        }
        return z;
    }

    // recurs on one branch, never returning from it when n is huge
    static int oneSided(int n, int acc) {
        if (n == 0) {
            return acc;
        }
        if ((n & 3) == 0) {
            return oneSided(n - 1, acc + 2) + 1;
        }
        return oneSided(n - 1, acc ^ n);
    }

    // the recursive call sits in a loop: the check goes before the loop
    static int inLoop(int n) {
        int s = 0;
        for (int i = 0; i < 2; i++) {
            if (n > 0) {
                s += inLoop(n - 1) + i;
            }
        }
        return s + 1;
    }

    static int even(int n) {
        return n == 0 ? 1 : odd(n - 1);
    }

    static int odd(int n) {
        if (n == 0) {
            return 0;
        }
        return n > 3 ? even(n - 1) : even(n - 1) + 0;
    }

    static String overflow(int which) {
        try {
            int r = switch (which) {
                case 0 -> oneSided(Integer.MAX_VALUE, 0);
                case 1 -> even(Integer.MAX_VALUE - 1);
                case 2 -> viaVirtual(new Down(), Integer.MAX_VALUE - 1);
                default -> inLoop(Integer.MAX_VALUE);
            };
            return "returned " + r;
        } catch (StackOverflowError e) {
            return "caught " + which;
        }
    }

    public static void main(String[] args) {
        for (int w = 0; w < 4; w++) {
            System.out.println(overflow(w));
            System.out.println(tak(12, 8, 4) + " " + oneSided(100, 1) + " " + even(31) + " " + odd(31) + " "
                    + viaVirtual(new Down(), 40) + " " + inLoop(6));
        }
    }
}
