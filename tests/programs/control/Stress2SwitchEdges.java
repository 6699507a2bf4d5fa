// Switches at the edges of the key space: dense tables starting at Integer.MIN_VALUE and ending at
// Integer.MAX_VALUE (the rebasing subtraction wraps; the unsigned range test must still reject
// everything outside), sparse lookupswitches with negative and huge keys, cases that share the
// default's target (so one comparison has both edges to one block), fall-through chains, switches
// on char and byte values, and a switch whose result feeds a loop-carried phi.
public class Stress2SwitchEdges {
    static int low(int v) {
        switch (v) {
            case Integer.MIN_VALUE: return 1;
            case Integer.MIN_VALUE + 1: return 2;
            case Integer.MIN_VALUE + 2: return 3;
            case Integer.MIN_VALUE + 4: return 5;
            case Integer.MIN_VALUE + 5: return 6;
            default: return 0;
        }
    }

    static int high(int v) {
        switch (v) {
            case Integer.MAX_VALUE - 5: return 10;
            case Integer.MAX_VALUE - 4: return 11;
            case Integer.MAX_VALUE - 2: return 13;
            case Integer.MAX_VALUE - 1: return 14;
            case Integer.MAX_VALUE: return 15;
            default: return -1;
        }
    }

    static int aroundZero(int v) {
        switch (v) {
            case -3: return 30;
            case -2: return 20;
            case -1: return 10;
            case 0: return 0;
            case 1: return -10;
            case 2: return -20;
            default: return 99;
        }
    }

    static int sparse(int v) {
        switch (v) {
            case Integer.MIN_VALUE: return 1;
            case -1000000: return 2;
            case -65536: return 3;
            case -256: return 4;
            case -1: return 5;
            case 255: return 6;
            case 256: return 7;
            case 65535: return 8;
            case 1 << 24: return 9;
            case Integer.MAX_VALUE: return 10;
            default: return 0;
        }
    }

    static int sharedDefault(int v, int w) {
        int r = w;
        switch (v) {
            case 3:
            case 9:
            default:
                r += 1;
                break;
            case 5:
                r += 2;
                break;
            case 100:
                r *= 3;
        }
        return r;
    }

    static int fall(int v) {
        int r = 0;
        switch (v) {
            case 1: r += 1;
            case 2: r += 10;
            case 3: r += 100;
                break;
            case 4: r += 1000;
            case 5: r += 10000;
            default: r += 100000;
            case 6: r += 1000000;
        }
        return r;
    }

    static int onChar(char c) {
        switch (c) {
            case 'a': case 'e': case 'i': case 'o': case 'u': return 1;
            case '\u00ff': return 2;
            case '\uffff': return 3;
            case '\u8000': return 4;
            case 0: return 5;
            default: return 0;
        }
    }

    static int onByte(byte b) {
        switch (b) {
            case -128: return 1;
            case -1: return 2;
            case 0: return 3;
            case 127: return 4;
            case 64: case 65: case 66: case 67: return 5;
            default: return 0;
        }
    }

    static int arrow(int v) {
        return switch (v) {
            case 10, 11, 12, 13 -> v * 2;
            case 20, 22, 24, 26, 28 -> v / 2;
            case -2147483648 -> 7;
            default -> -v;
        };
    }

    public static void main(String[] args) {
        int[] probes = {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, Integer.MIN_VALUE + 2, Integer.MIN_VALUE + 3,
            Integer.MIN_VALUE + 4, Integer.MIN_VALUE + 5, Integer.MIN_VALUE + 6, -1000000, -65536, -256, -4, -3, -2, -1, 0,
            1, 2, 3, 4, 5, 6, 7, 9, 10, 12, 13, 20, 21, 28, 100, 255, 256, 65535, 1 << 24, Integer.MAX_VALUE - 6,
            Integer.MAX_VALUE - 5, Integer.MAX_VALUE - 4, Integer.MAX_VALUE - 3, Integer.MAX_VALUE - 2,
            Integer.MAX_VALUE - 1, Integer.MAX_VALUE};
        for (int p : probes) {
            System.out.println(p + ": " + low(p) + " " + high(p) + " " + aroundZero(p) + " " + sparse(p) + " "
                    + sharedDefault(p, p & 7) + " " + fall(p) + " " + arrow(p) + " " + onByte((byte) p) + " "
                    + onChar((char) p));
        }
        String s = "aeiou\u00ff\uffff\u8000xyz";
        int acc = 0;
        for (int i = 0; i < s.length(); i++) acc = acc * 7 + onChar(s.charAt(i));
        System.out.println("chars " + acc);
        int state = 0;
        int out = 0;
        for (int i = 0; i < 40; i++) {
            switch (state) {
                case 0 -> state = 3;
                case 1 -> state = 0;
                case 2 -> {
                    state = 4;
                    out += 5;
                }
                case 3 -> state = (i & 1) + 1;
                case 4 -> state = -1;
                default -> state = 2;
            }
            out = out * 3 + state;
        }
        System.out.println("fsm " + state + " " + out);
    }
}
