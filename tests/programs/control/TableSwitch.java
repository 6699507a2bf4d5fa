// Dense switches (javac emits tableswitch): ranges starting at 0, at negative keys and at large
// offsets, fall-through, default placed in the middle, the arrow form and switch expressions,
// switches on byte and char, nested switches, and switches in loops with break/continue.
public class TableSwitch {
    static String name(int d) {
        switch (d) {
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            case 4: return "four";
            case 5: return "five";
            case 6: return "six";
            case 7: return "seven";
            case 8: return "eight";
            case 9: return "nine";
            default: return "?";
        }
    }

    static int negatives(int k) {
        int r = 0;
        switch (k) {
            case -3: r += 1;
            case -2: r += 10;
            case -1: r += 100; break;
            default: r = -1;
            case 0: r += 1000;
            case 1: r += 10000; break;
            case 2: r = 7;
        }
        return r;
    }

    static int offset(int k) {
        return switch (k) {
            case 1000 -> 1;
            case 1001, 1002 -> 2;
            case 1003 -> 3;
            case 1004 -> { int t = k * 2; yield t; }
            case 1005 -> 5;
            case 1006 -> 6;
            default -> 0;
        };
    }

    static int onByte(byte b) {
        switch (b) {
            case -128: return 1;
            case -127: return 2;
            case -126: return 3;
            case -125: return 4;
            case 127: return 5;
            default: return 0;
        }
    }

    static int nested(int x, int y) {
        switch (x) {
            case 0:
                switch (y) {
                    case 0: return 0;
                    case 1: return 1;
                    case 2: return 2;
                    default: return 3;
                }
            case 1:
                switch (y) {
                    case 0: case 1: return 10;
                    case 2: case 3: return 20;
                    default: break;
                }
                return 30;
            case 2:
                return 40 + y;
            default:
                return -1;
        }
    }

    public static void main(String[] a) {
        for (int d = -2; d <= 11; d++) System.out.print(name(d) + " ");
        System.out.println();
        for (int k = -5; k <= 4; k++) System.out.println("negatives(" + k + ") = " + negatives(k));
        for (int k = 998; k <= 1008; k++) System.out.print(offset(k) + " ");
        System.out.println();
        for (int b = -130; b <= 130; b += 1) {
            int r = onByte((byte) b);
            if (r != 0) System.out.println("byte " + (byte) b + " (from " + b + ") -> " + r);
        }
        for (int x = -1; x <= 3; x++) {
            for (int y = -1; y <= 4; y++) System.out.print(nested(x, y) + " ");
            System.out.println();
        }

        // Switch in a loop: break leaves the switch, continue the loop.
        int evens = 0, odds = 0, skipped = 0;
        for (int i = 0; i < 20; i++) {
            switch (i % 5) {
                case 0:
                    skipped++;
                    continue;
                case 1: case 3:
                    odds++;
                    break;
                case 2: case 4:
                    evens++;
                    break;
            }
            if (i > 15) break;
        }
        System.out.println("evens " + evens + " odds " + odds + " skipped " + skipped);

        // A tiny state machine driven by a char switch.
        char[] input = { 'a', 'b', 'b', 'c', 'a', 'c', 'c', 'b', 'a', 'd' };
        int state = 0;
        for (int i = 0; i < input.length; i++) {
            switch (input[i]) {
                case 'a' -> state = state * 2 + 1;
                case 'b' -> state = state + 3;
                case 'c' -> state = state ^ 5;
                default -> state = -state;
            }
            System.out.print(state + " ");
        }
        System.out.println();

        // Switch expression as an argument, with yield from a block.
        int total = 0;
        for (int i = 0; i < 8; i++) {
            total += switch (i) {
                case 0, 1 -> 1;
                case 2, 3, 4 -> {
                    int sq = i * i;
                    yield sq;
                }
                case 5 -> -10;
                default -> i;
            };
            System.out.print(total + " ");
        }
        System.out.println();
    }
}
