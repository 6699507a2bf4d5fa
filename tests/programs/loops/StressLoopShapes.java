// Loop shapes for rotation and first-iteration peeling: exits in the first iteration, continue in
// do-while (jumps to the condition), labeled break and continue across three levels, while(true)
// with several exits and a return, conditions with side effects (calls, i++ inside the test),
// values defined in the loop and used after it, an empty body with all work in the update, and
// loops whose trip count is zero, one, or decided by data.
public class StressLoopShapes {
    static int calls;

    static boolean more(int i, int n) {
        calls++;
        return i < n;
    }

    static int firstExit(int n) {
        int last = -1;
        for (int i = 0; i < n; i++) {
            last = i * 10;
            if (i >= 0) break;
        }
        return last;
    }

    static int doContinue(int n) {
        int i = 0, s = 0;
        do {
            i++;
            if ((i & 1) == 0) continue;
            s += i;
        } while (i < n);
        return s * 100 + i;
    }

    static int labeled(int n) {
        int s = 0;
        outer:
        for (int a = 0; a < n; a++) {
            middle:
            for (int b = 0; b < n; b++) {
                for (int c = 0; c < n; c++) {
                    if (c > b) continue middle;
                    if (a + b + c > n + 2) continue outer;
                    if (a * b * c == 12) break outer;
                    if (c == 3 && a == 1) break middle;
                    s = s * 7 + a * 100 + b * 10 + c;
                }
            }
            s ^= a;
        }
        return s;
    }

    static int manyExits(int[] data) {
        int i = 0, acc = 0;
        while (true) {
            if (i >= data.length) return acc * 10 + 1;
            int v = data[i++];
            if (v < 0) break;
            if (v == 0) {
                acc += 1000;
                continue;
            }
            acc += v;
            if (acc > 500) return acc * 10 + 2;
        }
        return acc * 10 + 3;
    }

    static int sideEffects(int n) {
        int i = 0, s = 0;
        while (more(i++, n)) s += i;
        int j = n;
        while (j-- > 0) s += j;
        return s * 1000 + i * 10 + j;
    }

    static int afterLoop(int n) {
        int i, sq = 0, prev = 0;
        for (i = 1; i * i < n; i++) {
            prev = sq;
            sq = i * i;
        }
        return i * 10000 + sq * 100 + prev;
    }

    static int emptyBody(int x) {
        int steps;
        for (steps = 0; x != 1; steps++, x = (x & 1) == 0 ? x >> 1 : 3 * x + 1) { }
        return steps;
    }

    static int sameVarNested(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            int k = i;
            while (k > 0) {
                s += k;
                k -= 2;
            }
            s += k;
        }
        return s;
    }

    static int peeledWithState(int n) {
        int first = -1, count = 0;
        boolean seen = false;
        for (int i = 0; i < n; i++) {
            if (!seen) {
                first = i * 3;
                seen = true;
            }
            count += seen ? 2 : 1;
        }
        return first * 1000 + count;
    }

    public static void main(String[] args) {
        System.out.println("firstExit " + firstExit(0) + " " + firstExit(1) + " " + firstExit(9));
        System.out.println("doContinue " + doContinue(0) + " " + doContinue(1) + " " + doContinue(10));
        System.out.println("labeled " + labeled(0) + " " + labeled(3) + " " + labeled(5));
        System.out.println("manyExits " + manyExits(new int[]{}) + " " + manyExits(new int[]{5, 0, 7, -1, 9})
                + " " + manyExits(new int[]{400, 0, 200}) + " " + manyExits(new int[]{1, 2, 3}));
        System.out.println("sideEffects " + sideEffects(0) + " " + sideEffects(1) + " " + sideEffects(6) + " calls " + calls);
        System.out.println("afterLoop " + afterLoop(0) + " " + afterLoop(2) + " " + afterLoop(50));
        System.out.println("emptyBody " + emptyBody(1) + " " + emptyBody(27) + " " + emptyBody(97));
        System.out.println("sameVar " + sameVarNested(0) + " " + sameVarNested(7));
        System.out.println("peeled " + peeledWithState(0) + " " + peeledWithState(1) + " " + peeledWithState(5));
    }
}
