/*
 * Benchmark kernel: a small stack-machine bytecode interpreter running a hashing loop.
 * Twin of bench/c/interp.c: same opcodes, same program (built by the same emit calls before the
 * timed region), same checksum (see bench/README.md).
 *
 * What it stresses: the fetch-decode-dispatch loop of every interpreter: a byte load, a dense switch
 * (a jump table on both sides, if the compilers choose one), operand-stack traffic through an int
 * array, and a loop-carried pc and sp. The bytecode program runs ITERATIONS times round its loop
 * and executes about 25 instructions per round, one of them a conditional forward jump.
 */
public class Interp {
    static final int ITERATIONS = 3000;

    static final int OP_HALT = 0;
    static final int OP_PUSH = 1;   // imm8: push the sign-extended byte
    static final int OP_LOAD = 2;   // reg: push regs[reg]
    static final int OP_STORE = 3;  // reg: pop into regs[reg]
    static final int OP_ADD = 4;
    static final int OP_SUB = 5;
    static final int OP_MUL = 6;
    static final int OP_AND = 7;
    static final int OP_XOR = 8;
    static final int OP_SHL = 9;
    static final int OP_SHRU = 10;  // logical shift right
    static final int OP_DUP = 11;
    static final int OP_JZ = 12;    // off8: pop, jump if zero (relative to the next instruction)
    static final int OP_JNZ = 13;   // off8: pop, jump if not zero

    static byte[] code;
    static int codeLength;

    static void emit(int op) {
        code[codeLength++] = (byte) op;
    }

    static void emit(int op, int operand) {
        code[codeLength++] = (byte) op;
        code[codeLength++] = (byte) operand;
    }

    /** Emits the hashing loop: acc = (acc * 31 + i) ^ (acc >>> 7); if (i & 3) acc = (acc << 1) ^ i. */
    static void assemble() {
        int loop = codeLength;
        emit(OP_LOAD, 1);
        emit(OP_PUSH, 31);
        emit(OP_MUL);
        emit(OP_LOAD, 0);
        emit(OP_ADD);
        emit(OP_LOAD, 1);
        emit(OP_PUSH, 7);
        emit(OP_SHRU);
        emit(OP_XOR);
        emit(OP_STORE, 1);
        emit(OP_LOAD, 0);
        emit(OP_PUSH, 3);
        emit(OP_AND);
        emit(OP_JZ, 0);
        int skipOperand = codeLength - 1;
        emit(OP_LOAD, 1);
        emit(OP_PUSH, 1);
        emit(OP_SHL);
        emit(OP_LOAD, 0);
        emit(OP_XOR);
        emit(OP_STORE, 1);
        code[skipOperand] = (byte) (codeLength - (skipOperand + 1));
        emit(OP_LOAD, 0);
        emit(OP_PUSH, 1);
        emit(OP_SUB);
        emit(OP_DUP);
        emit(OP_STORE, 0);
        emit(OP_JNZ, 0);
        code[codeLength - 1] = (byte) (loop - codeLength);
        emit(OP_LOAD, 1);
        emit(OP_HALT);
    }

    /** Runs {@code program} from pc 0 until HALT; returns the top of the stack (-1 on a bad opcode). */
    static int execute(byte[] program, int[] stack, int[] regs) {
        int pc = 0;
        int sp = 0;
        while (true) {
            int op = program[pc++];
            switch (op) {
                case OP_HALT:
                    return stack[sp - 1];
                case OP_PUSH:
                    stack[sp++] = program[pc++];
                    break;
                case OP_LOAD:
                    stack[sp++] = regs[program[pc++]];
                    break;
                case OP_STORE:
                    regs[program[pc++]] = stack[--sp];
                    break;
                case OP_ADD:
                    sp--;
                    stack[sp - 1] = stack[sp - 1] + stack[sp];
                    break;
                case OP_SUB:
                    sp--;
                    stack[sp - 1] = stack[sp - 1] - stack[sp];
                    break;
                case OP_MUL:
                    sp--;
                    stack[sp - 1] = stack[sp - 1] * stack[sp];
                    break;
                case OP_AND:
                    sp--;
                    stack[sp - 1] = stack[sp - 1] & stack[sp];
                    break;
                case OP_XOR:
                    sp--;
                    stack[sp - 1] = stack[sp - 1] ^ stack[sp];
                    break;
                case OP_SHL:
                    sp--;
                    stack[sp - 1] = stack[sp - 1] << stack[sp];
                    break;
                case OP_SHRU:
                    sp--;
                    stack[sp - 1] = stack[sp - 1] >>> stack[sp];
                    break;
                case OP_DUP:
                    stack[sp] = stack[sp - 1];
                    sp++;
                    break;
                case OP_JZ: {
                    int offset = program[pc++];
                    if (stack[--sp] == 0) {
                        pc += offset;
                    }
                    break;
                }
                case OP_JNZ: {
                    int offset = program[pc++];
                    if (stack[--sp] != 0) {
                        pc += offset;
                    }
                    break;
                }
                default:
                    return -1;
            }
        }
    }

    public static void main(String[] args) {
        code = new byte[64];
        assemble();
        int[] stack = new int[16];
        int[] regs = new int[2];
        regs[0] = ITERATIONS;
        regs[1] = 0x12345;
        System.out.println("BEGIN");
        int checksum = execute(code, stack, regs);
        System.out.print("END ");
        System.out.println(checksum);
    }
}
