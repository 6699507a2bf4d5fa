// Branches on booleans that inlined helpers build as 0 or 1 on two paths and merge (jump
// threading of a branch on a phi of constants): nested conditions, a helper used as a loop
// condition, a result also used as a value, ternaries on ternaries, short-circuit operators
// and a switch feeding a boolean; each must take the branch HotSpot takes.
public class ControlBranchThreading {
    static boolean isOdd(int v) {
        return (v & 1) != 0;
    }

    static boolean inRange(int v, int lo, int hi) {
        return v >= lo && v <= hi;
    }

    static boolean pick(int k) {
        switch (k % 4) {
            case 0:
                return true;
            case 1:
                return false;
            case 2:
                return k > 10;
            default:
                return isOdd(k >> 1);
        }
    }

    static int countWhile(int n) {
        int i = 0;
        while (isOdd(n) || inRange(i, 0, 3)) {
            n = n / 2 + i;
            i++;
            if (i > 40) {
                break;
            }
        }
        return i * 1000 + n;
    }

    public static void main(String[] args) {
        int odd = 0;
        int mid = 0;
        int both = 0;
        int picked = 0;
        int flags = 0;
        for (int v = -20; v <= 20; v++) {
            if (isOdd(v)) {
                odd++;
            }
            if (inRange(v, -5, 7)) {
                mid += v;
            }
            if (isOdd(v) && !inRange(v, 0, 10)) {
                both ^= v;
            }
            boolean p = pick(v + 20);
            if (p) {
                picked++;
            }
            flags = flags * 3 + (p ? 1 : 0) + (isOdd(v) ? 2 : 0);
            int t = isOdd(v) ? (inRange(v, 0, 9) ? 1 : 2) : 0;
            if (t == 1) {
                mid -= 100;
            } else if (t == 2) {
                mid += 7;
            }
        }
        System.out.println(odd + " " + mid + " " + both + " " + picked + " " + flags);
        for (int n = 0; n < 12; n++) {
            System.out.print(countWhile(n * 37 + 5) + " ");
        }
        System.out.println();
    }
}
