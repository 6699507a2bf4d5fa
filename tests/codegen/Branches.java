// Codegen expectations for branches (see CodegenTest): jump tables and compares left out.
public class Branches {
    // A dense switch becomes a jump table: an unsigned range check and an indirect branch.
    // thumb: bhi
    // thumb: bx r\d
    // thumb: -cmp r\d, #3
    static int dense(int x) {
        switch (x) {
            case 0: return 5;
            case 1: return 7;
            case 2: return 11;
            case 3: return 13;
            case 4: return 17;
            case 5: return 19;
            default: return 0;
        }
    }

    // A dense switch starting elsewhere is rebased first.
    // thumb: bx r\d
    static int rebased(int x) {
        switch (x) {
            case 100: return 1;
            case 101: return 2;
            case 102: return 3;
            case 103: return 5;
            case 104: return 8;
            default: return -1;
        }
    }

    // ands sets the flags: the == 0 test needs no compare.
    // thumb: ands r\d, r\d
    // thumb: -cmp
    static int maskZero(int x, int m) {
        int y = x & m;
        if (y == 0) {
            return 1;
        }
        return y;
    }

    // subs sets the flags too: a count-down loop tests the counter without a compare.
    // thumb-loop: subs r\d, #1|subs r\d, r\d, #1
    // thumb-loop: -cmp
    static int countDown(int n, int x) {
        int s = 0;
        do {
            s += x;
            n--;
        } while (n != 0);
        return s;
    }

    // A dense switch whose default lies beyond a conditional branch's reach (256 bytes): the range
    // check branches to a b placed in an island after the dispatch's bx, so the dispatch falls
    // through one not-taken bhi; no inverted branch around a b on the path that dispatches.
    // thumb: bhi \.LF\d+_via\d+
    // thumb: -_skip
    static int farDefault(int[] s, int op, int x) {
        switch (op) {
            case 0: s[1] = s[2] * x + s[3]; break;
            case 1: s[2] = s[3] ^ (x >>> 3) + s[4]; break;
            case 2: s[3] = s[4] - (x << 2) + s[5]; break;
            case 3: s[4] = s[5] | x * s[6]; break;
            case 4: s[5] = s[6] & (x + s[7]); break;
            case 5: s[6] = s[7] + (x ^ s[1]); break;
            case 6: s[7] = s[1] * (x - s[2]); break;
            case 7: s[1] = s[3] + (x | s[4]); break;
            case 8: s[2] = s[5] ^ (x + s[6]); break;
            case 9: s[3] = s[7] - (x & s[1]); break;
            default: return -1;
        }
        return s[0] + x;
    }

    public static void main(String[] args) {
        int n = args.length;
        System.out.println(dense(n + 2) + rebased(n + 102) + maskZero(n + 6, 3) + countDown(n + 4, 9)
                + farDefault(new int[8], n + 3, 5));
    }
}
