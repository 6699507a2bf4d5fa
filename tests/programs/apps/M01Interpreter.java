// Mixed: tiny stack-machine interpreter: assembler with labels, long registers, call/ret, loops computing primes, gcd and collatz; errors with pc
import java.util.*;
public class M01Interpreter {
    enum Op { PUSH, POP, ADD, SUB, MUL, DIV, MOD, DUP, SWAP, OVER, JMP, JZ, JNZ, LOAD, STORE, CALL, RET, PRINT, HALT, LT }
    record Ins(Op op, long arg) { public String toString() { return op + (arg != 0 ? " " + arg : ""); } }
    static final class VmError extends RuntimeException { VmError(String m, int pc) { super(m + " at pc=" + pc); } }
    static List<Ins> assemble(String src) {
        Map<String, Integer> labels = new HashMap<>();
        List<String[]> lines = new ArrayList<>();
        for (String raw : src.split("\n")) {
            String l = raw.strip();
            if (l.isEmpty() || l.startsWith(";")) continue;
            if (l.endsWith(":")) { labels.put(l.substring(0, l.length() - 1), lines.size()); continue; }
            lines.add(l.split(" "));
        }
        List<Ins> prog = new ArrayList<>();
        for (String[] p : lines) {
            Op op = Op.valueOf(p[0].toUpperCase());
            long arg = 0;
            if (p.length > 1) arg = labels.containsKey(p[1]) ? labels.get(p[1]) : Long.parseLong(p[1]);
            prog.add(new Ins(op, arg));
        }
        return prog;
    }
    static String run(List<Ins> prog, int maxSteps) {
        long[] regs = new long[8];
        Deque<Long> st = new ArrayDeque<>();
        Deque<Integer> calls = new ArrayDeque<>();
        StringBuilder out = new StringBuilder();
        int pc = 0, steps = 0;
        try {
            while (true) {
                if (++steps > maxSteps) throw new VmError("step limit", pc);
                if (pc < 0 || pc >= prog.size()) throw new VmError("pc out of range", pc);
                Ins in = prog.get(pc++);
                switch (in.op()) {
                    case PUSH -> st.push(in.arg());
                    case POP -> st.pop();
                    case ADD -> st.push(st.pop() + st.pop());
                    case SUB -> { long b = st.pop(), a = st.pop(); st.push(a - b); }
                    case MUL -> st.push(st.pop() * st.pop());
                    case DIV, MOD -> { long b = st.pop(), a = st.pop(); if (b == 0) throw new VmError("division by zero", pc - 1); st.push(in.op() == Op.DIV ? a / b : a % b); }
                    case LT -> { long b = st.pop(), a = st.pop(); st.push(a < b ? 1L : 0L); }
                    case DUP -> st.push(st.peek());
                    case SWAP -> { long b = st.pop(), a = st.pop(); st.push(b); st.push(a); }
                    case OVER -> { long b = st.pop(), a = st.peek(); st.push(b); st.push(a); }
                    case JMP -> pc = (int) in.arg();
                    case JZ -> { if (st.pop() == 0) pc = (int) in.arg(); }
                    case JNZ -> { if (st.pop() != 0) pc = (int) in.arg(); }
                    case LOAD -> st.push(regs[(int) in.arg()]);
                    case STORE -> regs[(int) in.arg()] = st.pop();
                    case CALL -> { calls.push(pc); pc = (int) in.arg(); }
                    case RET -> pc = calls.pop();
                    case PRINT -> out.append(st.pop()).append(' ');
                    case HALT -> { return out + "| steps=" + steps; }
                }
            }
        } catch (NoSuchElementException e) { return out + "| stack underflow at pc=" + (pc - 1); }
        catch (VmError e) { return out + "| error: " + e.getMessage(); }
    }
    public static void main(String[] args) {
        String gcd = """
            push 1071
            push 462
            call gcd
            print
            push 9223372036854775807
            push 1000000007
            call gcd
            print
            halt
            gcd:
            dup
            jz done
            swap
            over
            mod
            jmp gcd
            done:
            pop
            ret
            """;
        String primes = """
            push 2
            store 0
            outer:
            load 0
            push 60
            lt
            jz end
            push 2
            store 1
            inner:
            load 1
            load 1
            mul
            load 0
            swap
            lt
            jnz isprime
            load 0
            load 1
            mod
            jz next
            load 1
            push 1
            add
            store 1
            jmp inner
            isprime:
            load 0
            print
            next:
            load 0
            push 1
            add
            store 0
            jmp outer
            end:
            halt
            """;
        String collatz = "push 27\nstore 0\nloop:\nload 0\npush 1\nsub\njz fin\nload 2\npush 1\nadd\nstore 2\nload 0\npush 2\nmod\njz even\nload 0\npush 3\nmul\npush 1\nadd\nstore 0\njmp loop\neven:\nload 0\npush 2\ndiv\nstore 0\njmp loop\nfin:\nload 2\nprint\nhalt\n";
        for (String src : List.of(gcd, primes, collatz, "push 1\npush 0\ndiv\nhalt", "add\nhalt", "l:\njmp l", "push 5\njmp 99")) {
            List<Ins> prog = assemble(src);
            System.out.println(prog.size() + " ins: " + run(prog, 20000));
        }
        System.out.println(assemble(gcd).subList(0, 5));
        try { assemble("bogus 1"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
    }
}
