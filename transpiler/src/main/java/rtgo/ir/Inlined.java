package rtgo.ir;

import java.util.List;

/**
 * Where an instruction that the inliner copied into another method came from: the frames a stack
 * trace prints for it besides the method it is compiled in. {@code frames} lists them innermost
 * first, each with its method's name (null for a frame traces leave out: runtime code, a lambda
 * class), source file and the line in that method (the innermost frame's line is the
 * instruction's own; each outer one's, the line of the call that was inlined); {@code outerLine}
 * is the line of the outermost inlined call in the compiled method itself.
 *
 * <p>An instruction refers to its position through {@link Insn#line}: a value of
 * {@link Func#INLINED} or more indexes its function's {@link Func#inlined} table. Passes copy
 * {@code line} from instruction to instruction as they always have, so a check or call that moves
 * or is rewritten keeps its inlined frames with no pass knowing about them.
 */
public record Inlined(List<Frame> frames, int outerLine) {
    /** One inlined frame: the method (null: not printed), its source file (or null) and line. */
    public record Frame(String method, String file, int line) {}

    public Inlined {
        frames = List.copyOf(frames);
    }
}
