// Jump-table edges that go straight to a merge block with phis: empty cases (break at once) and
// cases that share a target, in loops whose variables are assigned differently in each case, so
// the phi moves must sit on split edges out of the table dispatch. Also a table whose default is
// the loop's back edge, and a switch whose every case returns a different loop-carried value.
public class StressSwitchPhis {
    static int emptyCases(int n) {
        int a = 1, b = 2, c = 3;
        for (int i = 0; i < n; i++) {
            switch (i % 9) {
                case 0:
                case 1:
                    break;
                case 2:
                    a += b;
                    break;
                case 3:
                    break;
                case 4:
                    b ^= c;
                case 5:
                    c -= a;
                    break;
                case 6:
                    break;
                case 7:
                    int t = a; a = c; c = t;
                    break;
                default:
            }
            a = a * 3 + 1;
        }
        return a * 10000 + b * 100 + c;
    }

    static int defaultContinues(int n) {
        int x = 0, y = 1;
        for (int i = 0; i < n; i++) {
            switch ((x ^ i) & 7) {
                case 1: x += 3; y ^= x; break;
                case 2: y += 5; break;
                case 3: x ^= y; break;
                case 4: x -= 1; y -= 1; break;
                default: continue;
            }
            x = x * 5 + y;
        }
        return x ^ y;
    }

    static int pick(int k, int a, int b, int c, int d) {
        switch (k) {
            case 0: return a;
            case 1: return b;
            case 2: return c;
            case 3: return d;
            case 4: return a + b;
            case 5: return c + d;
            default: return -1;
        }
    }

    public static void main(String[] args) {
        for (int n = 0; n < 30; n += 7) System.out.println("empty " + n + " " + emptyCases(n));
        for (int n = 0; n < 30; n += 7) System.out.println("default " + n + " " + defaultContinues(n));
        int s = 0;
        for (int k = -1; k < 8; k++) s = s * 7 + pick(k, 10, 20, 30, 40);
        System.out.println("pick " + s);
    }
}
