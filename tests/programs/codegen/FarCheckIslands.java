// Conditional branches beyond their 256-byte reach that go through islands (a stub copy or a b
// placed after a nearby barrier) instead of an inverted branch around a long one: an interpreter
// loop over a dense switch of 24 cases whose default is laid out far from the range check, each
// case with null, bounds and divisor checks, and straight-line arms long enough that the checks'
// stubs are far. Every kind of check fails once, deep inside the switch, and the exception is
// caught and printed with the state computed so far; then the default case ends a run.
public class FarCheckIslands {
    static int[] regs = new int[8];

    static int run(byte[] code, int[] st, int[] div, int rounds) {
        int acc = 17;
        int pc = 0;
        while (rounds-- > 0) {
            int op = code[pc];
            pc = (pc + 1) % code.length;
            switch (op) {
                case 0: acc = acc * 31 + st[acc & 3] + st[(acc >>> 3) & 3]; break;
                case 1: acc ^= st[(acc >>> 5) & 3] * 7 + (acc << 3) - st[1]; break;
                case 2: acc += acc / div[pc & 3] + st[2] * 5; break;
                case 3: acc -= (acc >>> 7) ^ st[3] + regs[acc & 7] * 3; break;
                case 4: regs[acc & 7] = acc + st[0] - st[1] * 9 + (acc >> 2); break;
                case 5: acc = (acc << 5) | (acc >>> 27) ^ regs[(acc >>> 9) & 7] + st[2]; break;
                case 6: acc += st[acc & 3] * st[(acc >> 4) & 3] - acc % div[(acc >>> 11) & 3]; break;
                case 7: acc = acc * 1103515245 + 12345 + st[3] - regs[pc & 7]; break;
                case 8: acc ^= (acc >>> 13) + st[0] + st[1] + st[2] + st[3]; break;
                case 9: regs[(acc >>> 1) & 7] ^= acc * 5 + st[acc & 3] + (acc >>> 16); break;
                case 10: acc += regs[0] + regs[1] * 3 + regs[2] * 5 + regs[3] * 7; break;
                case 11: acc -= regs[4] ^ regs[5] + regs[6] * 11 + regs[7] * 13; break;
                case 12: acc = acc / (div[acc & 3] | 1) + st[acc & 3] * 17 + (acc << 1); break;
                case 13: acc ^= st[(acc >>> 2) & 3] + st[(acc >>> 6) & 3] * 19 - (acc >>> 1); break;
                case 14: acc += st[st.length - 1 - (acc & 3)] * 23 + (acc >> 3) + regs[2]; break;
                case 15: acc = acc * 29 + regs[(acc >>> 20) & 7] - st[(acc >>> 24) & 3] + 99; break;
                case 16: regs[pc & 7] = acc ^ st[1] * 31 + (acc >>> 4) - regs[(pc + 1) & 7]; break;
                case 17: acc += (acc & 0xFFFF) / div[(acc >>> 3) & 3] - st[0] * 37; break;
                case 18: acc -= st[2] * 41 + (acc << 2) ^ regs[(acc >>> 12) & 7] + 7; break;
                case 19: acc ^= regs[3] * 43 + st[3] - (acc >>> 9) + regs[(acc >>> 14) & 7]; break;
                case 20: acc += st[acc & 7]; break; // out of bounds when acc & 7 >= st.length
                case 21: acc -= 1000 / div[acc & 3]; break; // divides by zero when div holds a 0
                case 22: acc ^= code[(acc & 0xFF) + pc] * 47; break; // out of bounds past the code
                case 23: st = acc > 0 && (acc & 15) == 9 ? null : st; acc += st[0]; break;
                default: return acc;
            }
        }
        return acc;
    }

    static void attempt(String what, byte[] code, int[] st, int[] div, int rounds) {
        try {
            System.out.println(what + ": " + run(code, st, div, rounds));
        } catch (ArithmeticException | ArrayIndexOutOfBoundsException | NullPointerException e) {
            System.out.println(what + ": " + e.getClass().getSimpleName() + " " + e.getMessage()
                    + " regs " + java.util.Arrays.toString(regs));
        }
    }

    public static void main(String[] args) {
        byte[] code = new byte[24];
        for (int i = 0; i < code.length; i++) {
            code[i] = (byte) ((i * 7) % 20);
        }
        attempt("mix", code, new int[] {3, 5, 7, 11}, new int[] {1, 2, 3, 4}, 500);
        code[5] = 20;
        attempt("bounds", code, new int[] {3, 5, 7}, new int[] {1, 2, 3, 4}, 500);
        code[5] = 21;
        attempt("divide", code, new int[] {3, 5, 7, 11}, new int[] {1, 0, 3, 4}, 500);
        code[5] = 22;
        attempt("code", code, new int[] {3, 5, 7, 11}, new int[] {1, 2, 3, 4}, 500);
        code[5] = 23;
        attempt("null", code, new int[] {3, 5, 7, 11}, new int[] {1, 2, 3, 4}, 5000);
        code[7] = 99;
        attempt("default", code, new int[] {3, 5, 7, 11}, new int[] {5, 6, 7, 8}, 500);
    }
}
