/*
 * Twin of bench/java/Interp.java: a stack-machine bytecode interpreter running a hashing loop. Same
 * opcodes, same program (built by the same emit calls before the timed region), same checksum; see
 * the Java file for the design. Stack and registers are uint32_t so SHL and MUL wrap as in Java;
 * bytecode is int8_t so operands sign-extend as Java's byte does.
 */
#include "bench.h"

#define ITERATIONS 3000

enum {
    OP_HALT = 0,
    OP_PUSH = 1,   /* imm8: push the sign-extended byte */
    OP_LOAD = 2,   /* reg: push regs[reg] */
    OP_STORE = 3,  /* reg: pop into regs[reg] */
    OP_ADD = 4,
    OP_SUB = 5,
    OP_MUL = 6,
    OP_AND = 7,
    OP_XOR = 8,
    OP_SHL = 9,
    OP_SHRU = 10,  /* logical shift right */
    OP_DUP = 11,
    OP_JZ = 12,    /* off8: pop, jump if zero (relative to the next instruction) */
    OP_JNZ = 13,   /* off8: pop, jump if not zero */
};

int8_t interp_code[64];
int interp_code_length;
uint32_t interp_stack[16];
uint32_t interp_regs[2];

static void emit(int op) {
    interp_code[interp_code_length++] = (int8_t) op;
}

static void emit2(int op, int operand) {
    interp_code[interp_code_length++] = (int8_t) op;
    interp_code[interp_code_length++] = (int8_t) operand;
}

/* Emits the hashing loop: acc = (acc * 31 + i) ^ (acc >>> 7); if (i & 3) acc = (acc << 1) ^ i. */
static void assemble(void) {
    int loop = interp_code_length;
    emit2(OP_LOAD, 1);
    emit2(OP_PUSH, 31);
    emit(OP_MUL);
    emit2(OP_LOAD, 0);
    emit(OP_ADD);
    emit2(OP_LOAD, 1);
    emit2(OP_PUSH, 7);
    emit(OP_SHRU);
    emit(OP_XOR);
    emit2(OP_STORE, 1);
    emit2(OP_LOAD, 0);
    emit2(OP_PUSH, 3);
    emit(OP_AND);
    emit2(OP_JZ, 0);
    int skip_operand = interp_code_length - 1;
    emit2(OP_LOAD, 1);
    emit2(OP_PUSH, 1);
    emit(OP_SHL);
    emit2(OP_LOAD, 0);
    emit(OP_XOR);
    emit2(OP_STORE, 1);
    interp_code[skip_operand] = (int8_t) (interp_code_length - (skip_operand + 1));
    emit2(OP_LOAD, 0);
    emit2(OP_PUSH, 1);
    emit(OP_SUB);
    emit(OP_DUP);
    emit2(OP_STORE, 0);
    emit2(OP_JNZ, 0);
    interp_code[interp_code_length - 1] = (int8_t) (loop - interp_code_length);
    emit2(OP_LOAD, 1);
    emit(OP_HALT);
}

/* Runs program from pc 0 until HALT; returns the top of the stack (-1 on a bad opcode). */
BENCH_NOINLINE static uint32_t execute(const int8_t *program, uint32_t *stack, uint32_t *regs) {
    int pc = 0;
    int sp = 0;
    while (1) {
        int op = program[pc++];
        switch (op) {
            case OP_HALT:
                return stack[sp - 1];
            case OP_PUSH:
                stack[sp++] = (uint32_t) (int32_t) program[pc++];
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
                stack[sp - 1] = stack[sp - 1] << (stack[sp] & 31);
                break;
            case OP_SHRU:
                sp--;
                stack[sp - 1] = stack[sp - 1] >> (stack[sp] & 31);
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
                return (uint32_t) -1;
        }
    }
}

int main(void) {
    assemble();
    interp_regs[0] = ITERATIONS;
    interp_regs[1] = 0x12345;
    bench_begin();
    uint32_t checksum = execute(interp_code, interp_stack, interp_regs);
    bench_end(checksum);
    return 0;
}
