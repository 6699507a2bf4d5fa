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

    public static void main(String[] args) {
        int n = args.length;
        System.out.println(dense(n + 2) + rebased(n + 102) + maskZero(n + 6, 3) + countDown(n + 4, 9));
    }
}
