package rtgo.driver;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import rtgo.diag.BuildException;
import rtgo.ir.Func;
import rtgo.sym.RuntimeSymbols;
import rtgo.thumb.StackCheck;
import rtgo.vm.abi.MemoryMap;

/**
 * The build-time half of stack overflow detection: the deepest chain of calls without recursion,
 * from each root the start-up code enters (start-up, fault handlers), must fit in the stack with
 * {@link MemoryMap#STACK_RESERVE} to spare. A program that does not fit gets an error naming the
 * Java method whose calls go deepest, the chain with each frame, and the {@code --stack-size} that
 * would do. (Recursion is checked on the device: a stack too small for it gives StackOverflowError,
 * as on the JVM.)
 */
final class StackDepth {
    private StackDepth() {}

    /** A long chain is shown as its innermost and outermost calls, like HotSpot's "... n more". */
    private static final int INNERMOST = 10;
    private static final int OUTERMOST = 4;

    /** Fails the build when the program's calls may not fit a stack of {@code stackSize} bytes. */
    static void check(StackCheck stack, Map<String, String> exports, int stackSize) throws BuildException {
        int available = stackSize - MemoryMap.STACK_RESERVE;
        for (String root : exports.keySet()) {
            int need = stack.rootNeed(root);
            if (need > available) {
                throw tooDeep(stack.chain(root), need, stackSize);
            }
        }
    }

    /** The message for a chain that needs {@code need} bytes. */
    private static BuildException tooDeep(List<StackCheck.Link> chain, int need, int stackSize) {
        int available = stackSize - MemoryMap.STACK_RESERVE;
        StringBuilder sb = new StringBuilder("error: the calls from ").append(culprit(chain))
                .append(" may need ").append(need).append(" bytes of stack, more than the ").append(available)
                .append(" bytes they can have\n  (the stack is ").append(stackSize).append(" bytes, of which ")
                .append(MemoryMap.STACK_RESERVE).append(" are kept free for the fault and interrupt handlers\n"
                        + "  that can run on top of the deepest call)\n"
                        + "  deepest chain of calls, innermost first, with the stack each one takes:\n");
        for (int k = chain.size() - 1; k >= 0; k--) {
            if (chain.size() > INNERMOST + OUTERMOST + 1 && k == chain.size() - 1 - INNERMOST) {
                int skipped = chain.size() - INNERMOST - OUTERMOST;
                int bytes = 0;
                for (int j = OUTERMOST; j < OUTERMOST + skipped; j++) {
                    bytes += chain.get(j).frameBytes();
                }
                sb.append("    ... ").append(skipped).append(" more calls taking ").append(bytes).append(" bytes\n");
                k = OUTERMOST - 1;
            }
            StackCheck.Link l = chain.get(k);
            String what;
            if (l.report()) {
                what = "the exception report of a failed check, " + name(l);
            } else if (l.func() == null) {
                what = "class initialisation stub " + l.symbol();
            } else {
                what = l.func().displayName + "(" + source(l.func(), l.line()) + ")";
            }
            sb.append(String.format(Locale.ROOT, "    at %-60s %6d bytes\n", what, l.frameBytes()));
        }
        int wanted = need + MemoryMap.STACK_RESERVE;
        if (wanted <= MemoryMap.MAX_STACK_SIZE) {
            sb.append("  hint: build with --stack-size=").append(suggest(wanted))
              .append(" or more, or shorten that chain:\n        ");
        } else {
            sb.append("  hint: no --stack-size is that large (at most ").append(MemoryMap.MAX_STACK_SIZE)
              .append("); shorten that chain:\n        ");
        }
        sb.append("make large arrays fields or allocate them with new instead of passing many arguments,\n"
                + "        or split deep call chains");
        return new BuildException(sb.toString());
    }

    /**
     * The Java method to blame: the first of the program's own methods on the chain (the runtime's
     * start-up code only calls main), or the outermost method when the chain is all runtime.
     */
    private static String culprit(List<StackCheck.Link> chain) {
        for (StackCheck.Link l : chain) {
            if (l.func() != null && !l.report() && !RuntimeSymbols.isRuntimeCode(l.func().displayName)) {
                return l.func().displayName;
            }
        }
        for (StackCheck.Link l : chain) {
            if (l.func() != null) {
                return l.func().displayName;
            }
        }
        return chain.get(0).symbol();
    }

    private static String name(StackCheck.Link l) {
        return l.func() != null ? l.func().displayName : l.symbol();
    }

    /** {@code File.java:line} as a stack trace writes it. */
    private static String source(Func f, int line) {
        if (f.sourceFile == null) {
            return "Unknown Source";
        }
        return line > 0 ? f.sourceFile + ":" + line : f.sourceFile;
    }

    /** {@code bytes} rounded up to a stack size the build accepts. */
    private static int suggest(int bytes) {
        int a = MemoryMap.STACK_ALIGNMENT;
        return Math.max(MemoryMap.MIN_STACK_SIZE, (bytes + a - 1) / a * a);
    }
}
