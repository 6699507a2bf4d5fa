// A tiny stack-machine interpreter: programs are int arrays of opcodes and operands, dispatched by
// a switch in a loop, with an operand stack, local variables, conditional jumps, calls and returns
// (a separate return stack), and a trace of printed values. Runs factorial, gcd, and a call test.
public class StackMachine {
    static final int HALT = 0, PUSH = 1, ADD = 2, SUB = 3, MUL = 4, DIV = 5, MOD = 6, DUP = 7, SWAP = 8,
            DROP = 9, LOAD = 10, STORE = 11, JMP = 12, JZ = 13, JNEG = 14, PRINT = 15, CALL = 16, RET = 17,
            OVER = 18, NEG = 19;

    static int[] stack = new int[64];
    static int sp;
    static int[] returns = new int[16];
    static int rp;
    static int[] locals = new int[8];
    static int executed;

    static void push(int v) { stack[sp++] = v; }
    static int pop() { return stack[--sp]; }

    static int run(int[] code) {
        int pc = 0;
        sp = 0;
        rp = 0;
        executed = 0;
        while (true) {
            int op = code[pc++];
            executed++;
            int b;
            switch (op) {
                case HALT: return sp > 0 ? pop() : 0;
                case PUSH: push(code[pc++]); break;
                case ADD: b = pop(); push(pop() + b); break;
                case SUB: b = pop(); push(pop() - b); break;
                case MUL: b = pop(); push(pop() * b); break;
                case DIV: b = pop(); push(pop() / b); break;
                case MOD: b = pop(); push(pop() % b); break;
                case DUP: b = pop(); push(b); push(b); break;
                case SWAP: { int x = pop(), y = pop(); push(x); push(y); break; }
                case DROP: sp--; break;
                case LOAD: push(locals[code[pc++]]); break;
                case STORE: locals[code[pc++]] = pop(); break;
                case JMP: pc = code[pc]; break;
                case JZ: if (pop() == 0) pc = code[pc]; else pc++; break;
                case JNEG: if (pop() < 0) pc = code[pc]; else pc++; break;
                case PRINT: System.out.println("  out: " + pop()); break;
                case CALL: returns[rp++] = pc + 1; pc = code[pc]; break;
                case RET: pc = returns[--rp]; break;
                case OVER: { int x = pop(), y = pop(); push(y); push(x); push(y); break; }
                case NEG: push(-pop()); break;
                default:
                    System.out.println("bad opcode " + op + " at " + (pc - 1));
                    return -1;
            }
        }
    }

    public static void main(String[] a) {
        // locals[0] = n, locals[1] = acc; while (n != 0) { acc *= n; n--; } ; prints acc at each step.
        int[] factorial = {
            PUSH, 10, STORE, 0, PUSH, 1, STORE, 1,
            /* 8 */ LOAD, 0, JZ, 30,
            /* 12 */ LOAD, 1, LOAD, 0, MUL, DUP, PRINT, STORE, 1,
            /* 21 */ LOAD, 0, PUSH, 1, SUB, STORE, 0, JMP, 8,
            /* 30 */ LOAD, 1, HALT };
        System.out.println("factorial program:");
        System.out.println("result " + run(factorial) + " after " + executed + " instructions");

        // gcd(a, b) by subtraction-free Euclid with MOD; stack holds a b.
        int[] gcd = {
            PUSH, 1071, PUSH, 462,
            /* 4 */ DUP, JZ, 13, SWAP, OVER, MOD, JMP, 4, HALT,
            /* 13 */ DROP, DUP, PRINT, HALT };
        System.out.println("gcd program:");
        System.out.println("result " + run(gcd) + " after " + executed + " instructions");

        // A subroutine that squares the top of stack, called in a loop summing squares 1..6.
        int[] calls = {
            PUSH, 0, STORE, 2, PUSH, 6, STORE, 3,
            /* 8 */ LOAD, 3, JZ, 30,
            /* 12 */ LOAD, 3, CALL, 35, LOAD, 2, ADD, STORE, 2,
            /* 21 */ LOAD, 3, PUSH, 1, SUB, STORE, 3, JMP, 8,
            /* 30 */ LOAD, 2, DUP, PRINT, HALT,
            /* 35 */ DUP, MUL, RET };
        System.out.println("sum of squares program:");
        System.out.println("result " + run(calls) + " after " + executed + " instructions");

        int[] arith = { PUSH, -7, PUSH, 2, DIV, PRINT, PUSH, -7, PUSH, 2, MOD, PRINT, PUSH, 5, NEG, DUP, JNEG, 21,
                        PUSH, 99, PRINT, PUSH, 12345, PUSH, 1000, MUL, PRINT, PUSH, 42, HALT };
        System.out.println("arithmetic program:");
        System.out.println("result " + run(arith) + " after " + executed + " instructions");
        int[] bad = { PUSH, 1, 99 };
        System.out.println("bad program: " + run(bad));
    }
}
