// Switch shapes: dense with holes (jump table whose holes go to default), sparse with negative and
// extreme keys (compare tree), switch on char and on byte (keys as narrow values), a switch inside a
// loop whose cases change the loop variable and other loop-carried values, fall-through chains,
// nested switches, a two-case switch, and one with only a default.
public class StressSwitches {
    static int denseHoles(int k) {
        switch (k) {
            case 10: return 1;
            case 11: return 2;
            case 13: return 3;
            case 14: return 4;
            case 16: return 5;
            case 17: return 6;
            case 19: return 7;
            case 20: return 8;
            default: return -1;
        }
    }

    static int sparse(int k) {
        switch (k) {
            case -2147483648: return 1;
            case -100000: return 2;
            case -300: return 3;
            case -1: return 4;
            case 0: return 5;
            case 255: return 6;
            case 256: return 7;
            case 70000: return 8;
            case 2147483647: return 9;
            default: return 0;
        }
    }

    static int onChar(char c) {
        switch (c) {
            case 'a': case 'e': case 'i': case 'o': case 'u': return 1;
            case 'y': return 2;
            case ' ': return 3;
            case '\u00e9': return 4;
            case '\uffff': return 5;
            default: return 0;
        }
    }

    static int onByte(byte b) {
        switch (b) {
            case -128: return 1;
            case -1: return 2;
            case 0: return 3;
            case 1: return 4;
            case 2: return 5;
            case 3: return 6;
            case 127: return 7;
            default: return 0;
        }
    }

    // A little state machine: the cases move i, change the step, and carry an accumulator.
    static int machine(int[] prog) {
        int acc = 0, step = 1, i = 0, ticks = 0;
        while (i >= 0 && i < prog.length && ticks < 200) {
            ticks++;
            int op = prog[i];
            switch (op) {
                case 0: acc++; break;
                case 1: acc *= 2; break;
                case 2: step = -step; break;
                case 3: i += 2; continue;
                case 4: acc -= 3; // fall through
                case 5: acc ^= 5; break;
                case 6: if (acc > 20) { i = prog.length; continue; } break;
                case 7: i = 0; acc += 100; if (acc > 400) return acc * 1000 + ticks; continue;
                default: acc = -acc; break;
            }
            i += step;
        }
        return acc * 1000 + ticks;
    }

    static int fallChain(int k) {
        int r = 1;
        switch (k) {
            case 0: r += 1;
            case 1: r *= 3;
            case 2: r -= 7;
            case 3: r <<= 2;
            case 5: r ^= 0x55;
                break;
            case 6: r = 600;
            case 7: r += 70;
            default: r += 1;
        }
        return r;
    }

    static int nested(int a, int b) {
        switch (a & 3) {
            case 0:
                switch (b % 3) {
                    case 0: return 10;
                    case 1: return 11;
                    default: return 12;
                }
            case 1:
                switch (b) {
                    case -5: return 20;
                    case 1000: return 21;
                    default: return 22 + b;
                }
            case 2: return 30;
            default: return 40;
        }
    }

    static int twoCases(int k) {
        switch (k) {
            case 4: return 44;
            case -4: return -44;
        }
        return 0;
    }

    static int onlyDefault(int k) {
        switch (k) {
            default: return k * 2;
        }
    }

    public static void main(String[] args) {
        for (int k = 8; k <= 22; k++) System.out.print(denseHoles(k) + " ");
        System.out.println();
        int[] ks = {-2147483648, -2147483647, -100000, -300, -299, -1, 0, 1, 255, 256, 257, 70000, 2147483647};
        for (int i = 0; i < ks.length; i++) System.out.print(sparse(ks[i]) + " ");
        System.out.println();
        String text = "a quiet eye, caf\u00e9 \uffff!";
        int cs = 0;
        for (int i = 0; i < text.length(); i++) cs = cs * 7 + onChar(text.charAt(i));
        System.out.println("chars " + cs);
        for (int v = -130; v < 135; v += 1) {
            int r = onByte((byte) v);
            if (r != 0) System.out.print(v + ":" + r + " ");
        }
        System.out.println();
        int[] p1 = {0, 0, 1, 4, 5, 1, 6, 0, 8, 2};
        int[] p2 = {0, 3, 9, 9, 1, 1, 6, 0, 7};
        int[] p3 = {2, 0, 1};
        int[] p4 = {0, 1, 1, 7};
        System.out.println("machine " + machine(p1) + " " + machine(p2) + " " + machine(p3) + " " + machine(p4));
        for (int k = -1; k < 9; k++) System.out.print(fallChain(k) + " ");
        System.out.println();
        for (int a = 0; a < 4; a++) {
            for (int b = -5; b < 6; b += 5) System.out.print(nested(a, b) + " ");
        }
        System.out.println(nested(1, 1000));
        System.out.println(twoCases(4) + " " + twoCases(-4) + " " + twoCases(0) + " " + onlyDefault(21));
    }
}
