package rtgo.runtime;

/*
 * StackTrace: the "\tat Class.method(File.java:line)" lines of an exception report, read from the
 * stack and the frame table the transpiler emits (docs/abi.md, "Frame table").
 *
 * Design note. There are no exception objects yet, so nothing is captured: Throw prints the trace
 * while the frames are still there, walking from its own frame outwards. Each frame-table entry
 * gives, for a code range, the distance from that frame's stack pointer to its caller's (the
 * return address is the word just below it), so a walk is: find the entry of the return address,
 * add its frame size, load the next return address. Runtime frames (Throw, Heap, the class
 * library) are walked through and not printed, as HotSpot leaves out its own frames; a
 * class-initialisation stub separates the frames of a static initialiser from the frames that
 * triggered it, which is where HotSpot's ExceptionInInitializerError trace starts.
 *
 * The walk keeps its position in static fields (no objects, no allocation: the heap may be what
 * failed), and stops at the first address outside the table (crt0's reset handler), at a stack
 * pointer outside the stack, or after MAX_FRAMES frames.
 */
import rtgo.vm.Address;
import rtgo.vm.Cpu;
import rtgo.vm.Mem;
import rtgo.vm.abi.FrameTableLayout;
import rtgo.vm.abi.SymbolNames;

final class StackTrace {
    private StackTrace() {}

    /** HotSpot's default MaxJavaStackTraceDepth. */
    static final int MAX_FRAMES = 1024;

    /** Entry layout and flags (docs/abi.md, "Frame table"; FrameTable in the transpiler writes it). */
    private static final int ENTRY_BYTES = FrameTableLayout.ENTRY_BYTES;
    private static final int FRAME_BYTES = FrameTableLayout.ENTRY_FRAME_BYTES;
    private static final int FLAGS = FrameTableLayout.ENTRY_FLAGS;
    private static final int INFO = FrameTableLayout.ENTRY_INFO;
    /** In an entry's info record. */
    private static final int NAME = FrameTableLayout.INFO_NAME;
    private static final int FILE = FrameTableLayout.INFO_FILE;
    private static final int SITE_COUNT = FrameTableLayout.INFO_SITE_COUNT;
    private static final int SITES = FrameTableLayout.INFO_SITES;
    private static final int LR_SAVED = FrameTableLayout.LR_SAVED;
    private static final int HIDDEN = FrameTableLayout.HIDDEN;
    private static final int INIT_STUB = FrameTableLayout.INIT_STUB;
    private static final int LR_AT_SP = FrameTableLayout.LR_AT_SP;

    /** The frame the walk is at: a code address in it, its stack pointer, its entry (0: done). */
    private static int pc;
    private static int sp;
    private static int entry;
    private static int steps;

    /** {@link #print} part: every frame, class-initialisation stubs or not. */
    static final int ALL = -1;

    /**
     * Prints the Java frames of one part of the stack: part 0 is everything up to the innermost
     * class-initialisation stub (the whole stack when there is none), part 1 what lies beyond it,
     * {@link #ALL} both. At most {@code limit} frames are printed; returns how many the part has.
     */
    static int print(int part, int limit) {
        int count = 0;
        int current = 0;
        start();
        while (entry != 0) {
            int flags = Mem.load16(entry + FLAGS);
            if ((flags & INIT_STUB) != 0) {
                current = 1;
            } else if ((flags & HIDDEN) == 0 && Mem.load32(entry + INFO) != 0 && (current == part || part == ALL)) {
                if (count < limit) {
                    printFrame();
                }
                count++;
            }
            next();
        }
        return count;
    }

    /** Starts at this method's own frame; the first {@link #next} leaves it. */
    private static void start() {
        sp = Cpu.stackPointer();
        pc = Address.symbol(SymbolNames.METHOD_PREFIX + "rtgo.runtime.StackTrace.start()V") & ~1;
        steps = 0;
        entry = find(pc);
        next();
    }

    /** Moves to the caller of the current frame, or ends the walk (entry 0). */
    private static void next() {
        if (entry == 0) {
            return;
        }
        int caller = sp + Mem.load16(entry + FRAME_BYTES);
        if ((Mem.load16(entry + FLAGS) & LR_SAVED) == 0 || ++steps > 4 * MAX_FRAMES
                || caller <= sp || caller > Address.symbol(SymbolNames.STACK_TOP)) {
            entry = 0;
            return;
        }
        pc = Mem.load32((Mem.load16(entry + FLAGS) & LR_AT_SP) != 0 ? sp : caller - 4) & ~1;
        sp = caller;
        // a return address may be the end of its range (a call that does not return ends it)
        entry = find(pc - 1);
    }

    /**
     * The entry whose range holds {@code address}: the last one starting at or before it (binary
     * search: entries are sorted), or 0 before the first. Past the code, that is the end marker,
     * whose flags stop the walk.
     */
    private static int find(int address) {
        int table = Address.symbol(SymbolNames.FRAMES);
        int lo = 0;
        int hi = Mem.load32(table) - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int e = table + FrameTableLayout.ENTRIES + mid * ENTRY_BYTES;
            if (address - (Mem.load32(e + FrameTableLayout.ENTRY_START) & ~1) < 0) {
                hi = mid - 1;
            } else {
                found = e;
                lo = mid + 1;
            }
        }
        return found;
    }

    /** {@code \tat Class.method(File.java:line)}, HotSpot's form; "Unknown Source" without a file. */
    private static void printFrame() {
        Console.writeString("\tat ");
        int info = Mem.load32(entry + INFO);
        Console.writeCString(Mem.load32(info + NAME));
        Console.writeChar('(');
        int file = Mem.load32(info + FILE);
        if (file == 0) {
            Console.writeString("Unknown Source");
        } else {
            Console.writeCString(file);
            int line = line(info);
            if (line > 0) {
                Console.writeChar(':');
                Console.writeInt(line);
            }
        }
        Console.writeChar(')');
        Console.newline();
    }

    /** The source line of the call whose return address is {@code pc}, or 0. */
    private static int line(int info) {
        int offset = pc - (Mem.load32(entry) & ~1);
        int count = Mem.load32(info + SITE_COUNT);
        for (int k = 0; k < count; k++) {
            int site = info + SITES + FrameTableLayout.SITE_BYTES * k;
            if (Mem.load32(site + FrameTableLayout.SITE_OFFSET) == offset) {
                return Mem.load32(site + FrameTableLayout.SITE_LINE);
            }
        }
        return 0;
    }
}
