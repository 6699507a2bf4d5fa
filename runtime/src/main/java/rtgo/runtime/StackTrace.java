package rtgo.runtime;

/*
 * StackTrace: the walk over the stack that stack traces and the unwinder share, with the frame
 * table the transpiler emits (docs/abi.md, "Frame table"), and the "\tat Class.method(File.java:line)"
 * lines of a printed trace.
 *
 * Design note. Each frame-table entry gives, for a code range, the distance from that frame's
 * stack pointer to its caller's (the return address is the word just below it), so a walk is: find
 * the entry of the return address, add its frame size, load the next return address. Runtime
 * frames (Throw, Heap, the class library) are walked through and not recorded, as HotSpot leaves
 * out its own frames; so are class-initialisation stubs.
 *
 * A throwable records its trace when it is made (capture): the return addresses of its Java frames,
 * after the constructors of its own class chain (HotSpot skips those too).
 *
 * Inlined methods. A physical frame may stand for several Java frames: when the call site's record
 * lists inlined frames (FrameTableLayout.SITE_INLINED), the walk visits those first, innermost
 * first, then the method the code was compiled in (level = the number of inlined frames). A
 * recorded frame is its return address with its level in bits 24..27, so printing and comparing
 * need nothing but the frame table; a trace costs no more memory than before per Java frame. The walk keeps its
 * position in static fields, and allocates only the result, once it knows its length; it stops at
 * the first address outside the table (crt0's code), at a stack pointer outside the stack, or after
 * MAX_FRAMES frames.
 */
import rtgo.vm.Address;
import rtgo.vm.Cpu;
import rtgo.vm.Mem;
import rtgo.vm.abi.FrameTableLayout;
import rtgo.vm.abi.ObjectLayout;
import rtgo.vm.abi.SymbolNames;

public final class StackTrace {
    private StackTrace() {}

    /** HotSpot's default MaxJavaStackTraceDepth. */
    public static final int MAX_FRAMES = 1024;

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

    /**
     * The return addresses of the Java frames on the stack, innermost first, for a throwable made
     * now: runtime frames left out, then the constructors of {@code t}'s class and superclasses.
     */
    public static int[] capture(Object t) {
        start();
        while (entry != 0 && (!visible() || isConstructorOf(t))) {
            step(); // runtime frames, then the constructors of t's class chain, are left out
        }
        return captureFromHere();
    }

    /** The Java frames from the walk's position outwards (the unwinder's, for an initialiser error). */
    static int[] captureFromHere() {
        int savedPc = pc;
        int savedSp = sp;
        int savedEntry = entry;
        int savedLevel = level;
        int savedSteps = steps;
        int count = 0;
        while (entry != 0 && count < MAX_FRAMES) {
            if (visible()) {
                count++;
            }
            step();
        }
        int[] frames = new int[count];
        pc = savedPc;
        sp = savedSp;
        entry = savedEntry;
        steps = savedSteps;
        inlinedAtPc();
        level = savedLevel;
        int k = 0;
        while (entry != 0 && k < count) {
            if (visible()) {
                frames[k++] = pc | (level << FrameTableLayout.LEVEL_SHIFT);
            }
            step();
        }
        pc = savedPc;
        sp = savedSp;
        entry = savedEntry;
        steps = savedSteps;
        inlinedAtPc();
        level = savedLevel;
        return frames;
    }

    /** Whether the walk is at a frame a trace shows: a Java method of the program. */
    private static boolean visible() {
        if (level < inlinedCount) {
            return Mem.load32(inlinedFrame() + FrameTableLayout.INLINED_NAME) != 0;
        }
        int flags = Mem.load16(entry + FLAGS);
        return (flags & (HIDDEN | INIT_STUB)) == 0 && Mem.load32(entry + INFO) != 0;
    }

    /** The name (a C string) of the Java frame the walk is at. */
    private static int name() {
        if (level < inlinedCount) {
            return Mem.load32(inlinedFrame() + FrameTableLayout.INLINED_NAME);
        }
        return Mem.load32(Mem.load32(entry + INFO) + NAME);
    }

    /** The source file (a C string, 0: none) of the Java frame the walk is at. */
    private static int file() {
        if (level < inlinedCount) {
            return Mem.load32(inlinedFrame() + FrameTableLayout.INLINED_FILE);
        }
        return Mem.load32(Mem.load32(entry + INFO) + FILE);
    }

    /** The source line (0: unknown) of the Java frame the walk is at. */
    private static int line() {
        if (level < inlinedCount) {
            return Mem.load32(inlinedFrame() + FrameTableLayout.INLINED_LINE);
        }
        int info = Mem.load32(entry + INFO);
        int site = info == 0 ? 0 : site(info, pc - (Mem.load32(entry) & ~1));
        return site == 0 ? 0 : Mem.load16(site + FrameTableLayout.SITE_LINE);
    }

    private static int inlinedFrame() {
        return inlined + FrameTableLayout.INLINED_FRAMES + FrameTableLayout.INLINED_FRAME_BYTES * level;
    }

    /**
     * Reads the inlined frames of the call site at pc ({@link #inlined}, {@link #inlinedCount})
     * and puts the walk at the innermost of them (level 0).
     */
    private static void inlinedAtPc() {
        level = 0;
        inlined = 0;
        inlinedCount = 0;
        if (entry == 0 || (Mem.load16(entry + FLAGS) & INIT_STUB) != 0) {
            return;
        }
        int info = Mem.load32(entry + INFO);
        if (info == 0 || (Mem.load32(info + SITE_COUNT) & FrameTableLayout.SITES_INLINED) == 0) {
            return;
        }
        int site = site(info, pc - (Mem.load32(entry) & ~1));
        if (site != 0) {
            inlined = tableRef(site, FrameTableLayout.SITE_INLINED);
            inlinedCount = inlined == 0 ? 0 : Mem.load32(inlined + FrameTableLayout.INLINED_COUNT);
        }
    }

    /** Moves to the next Java frame outwards: the next inlined level, else the caller's frame. */
    private static void step() {
        if (level < inlinedCount) {
            level++;
        } else {
            next();
            inlinedAtPc();
        }
    }

    /** Puts the walk at the recorded frame {@code frame} (a return address and a level). */
    private static void seek(int frame) {
        pc = frame & ~(FrameTableLayout.LEVEL_MASK << FrameTableLayout.LEVEL_SHIFT);
        entry = find(pc - 1);
        inlinedAtPc();
        level = (frame >>> FrameTableLayout.LEVEL_SHIFT) & FrameTableLayout.LEVEL_MASK;
    }

    /**
     * Whether the walk is at a constructor of {@code t}'s class or a superclass: its name (a C
     * string "pkg.Cls.<init>") is the name of one of those classes followed by ".<init>".
     */
    private static boolean isConstructorOf(Object t) {
        int name = name();
        for (int type = Mem.load32(Address.of(t) + ObjectLayout.DESCRIPTOR); type != 0;
                type = Mem.load32(type + ObjectLayout.DESC_SUPER)) {
            String cls = (String) Address.toRef(Mem.load32(type + ObjectLayout.DESC_NAME));
            int n = cls.length();
            boolean same = true;
            for (int i = 0; i < n && same; i++) {
                same = Mem.load8(name + i) == cls.charAt(i);
            }
            if (same && matchesInit(name + n)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesInit(int at) {
        String init = ".<init>";
        for (int i = 0; i < init.length(); i++) {
            if (Mem.load8(at + i) != init.charAt(i)) {
                return false;
            }
        }
        return Mem.load8(at + init.length()) == 0;
    }

    /**
     * Prints the visible frames of the caller's stack, innermost first, at most MAX_FRAMES of
     * them, as a trace captured here would print (panics and Uncaught: allocates nothing).
     */
    static void printFromHere() {
        start();
        int printed = 0;
        while (entry != 0 && printed < MAX_FRAMES) {
            if (visible()) {
                printFrame();
                printed++;
            }
            step();
        }
    }

    /** Prints the recorded frame {@code frame} (see {@link #capture}): HotSpot's "\tat" line. */
    public static void printFrame(int frame) {
        seek(frame);
        printFrame();
    }

    /**
     * Whether two recorded frames print the same (the JDK compares StackTraceElements when it
     * counts the frames a cause shares with its enclosing trace): same method and line.
     */
    public static boolean sameFrame(int a, int b) {
        if (a == b) {
            return true;
        }
        seek(a);
        if (entry == 0) {
            return false;
        }
        int na = name();
        int fa = file();
        int la = line();
        seek(b);
        return entry != 0 && name() == na && file() == fa && line() == la;
    }

    // ---- the walk, for capture and for the unwinder (Throw) ----------------------------------------

    /** The frame the walk is at: a code address in it, its stack pointer, its entry (0: done). */
    static int pc;
    static int sp;
    static int entry;
    private static int steps;
    /** The Java frame within the physical one: an inlined level below {@link #inlinedCount}, or the method's own. */
    private static int level;
    /** The inlined frames of the call site at pc (0: none), and how many there are. */
    private static int inlined;
    private static int inlinedCount;

    /** Starts the walk at the frame whose call returns to {@code returnAddress}, whose sp is {@code stack}. */
    static void startAt(int returnAddress, int stack) {
        pc = returnAddress & ~1;
        sp = stack;
        steps = 0;
        entry = find(pc - 1);
        inlinedAtPc();
    }

    /** The entry's flags. */
    static int flags() {
        return Mem.load16(entry + FLAGS);
    }

    /** Offset from the entry's start of the landing pad of the call returning to pc, or 0. */
    static int landing() {
        int info = Mem.load32(entry + INFO);
        if (info == 0 || (flags() & INIT_STUB) != 0) {
            return 0;
        }
        int site = site(info, pc - (Mem.load32(entry) & ~1));
        return site == 0 ? 0 : Mem.load16(site + FrameTableLayout.SITE_LANDING);
    }

    /**
     * The call-site record of the return address at {@code offset} from its entry's start, in the
     * info record {@code info}, or 0 (the unwinder, the collector and printed lines read them).
     */
    static int site(int info, int offset) {
        int count = Mem.load32(info + SITE_COUNT);
        int bytes = (count & FrameTableLayout.SITES_INLINED) != 0 ? FrameTableLayout.SITE_BYTES_INLINED
                : (count & FrameTableLayout.SITES_NO_LINE) != 0 ? FrameTableLayout.SITE_BYTES_NO_LINE
                : FrameTableLayout.SITE_BYTES;
        count &= FrameTableLayout.SITE_COUNT_MASK;
        for (int k = 0; k < count; k++) {
            int site = info + SITES + bytes * k;
            if (Mem.load16(site + FrameTableLayout.SITE_OFFSET) * 2 == offset) {
                return site;
            }
        }
        return 0;
    }

    /**
     * The address a call-site record's halfword {@code field} names ({@link FrameTableLayout#SITE_MAP},
     * {@link FrameTableLayout#SITE_INLINED}): its distance from the table's start in halfwords, 0 for none.
     */
    static int tableRef(int site, int field) {
        int halfwords = Mem.load16(site + field);
        return halfwords == 0 ? 0 : Address.symbol(SymbolNames.FRAMES) + 2 * halfwords;
    }

    /** Starts at this method's own frame; the first {@link #next} leaves it. */
    private static void start() {
        sp = Cpu.stackPointer();
        pc = Address.symbol(SymbolNames.METHOD_PREFIX + "rtgo.runtime.StackTrace.start()V") & ~1;
        steps = 0;
        entry = find(pc);
        next();
        inlinedAtPc();
    }

    /** Moves to the caller of the current frame, or ends the walk (entry 0). */
    static void next() {
        if (entry == 0) {
            return;
        }
        int caller = sp + Mem.load16(entry + FRAME_BYTES);
        if ((Mem.load16(entry + FLAGS) & LR_SAVED) == 0 || ++steps > 4 * MAX_FRAMES
                || caller <= sp || caller > Start.stackTop()) {
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
    static int find(int address) {
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
        Console.writeText(Address.cString("\tat "));
        Console.writeCString(name());
        Console.writeChar('(');
        int file = file();
        if (file == 0) {
            Console.writeText(Address.cString("Unknown Source"));
        } else {
            Console.writeCString(file);
            int line = line();
            if (line > 0) {
                Console.writeChar(':');
                Console.writeInt(line);
            }
        }
        Console.writeChar(')');
        Console.newline();
    }
}
