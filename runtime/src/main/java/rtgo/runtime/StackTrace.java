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
 * after the constructors of its own class chain (HotSpot skips those too). The walk keeps its
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
            next(); // runtime frames, then the constructors of t's class chain, are left out
        }
        return captureFromHere();
    }

    /** The Java frames from the walk's position outwards (the unwinder's, for an initialiser error). */
    static int[] captureFromHere() {
        int savedPc = pc;
        int savedSp = sp;
        int savedEntry = entry;
        int count = 0;
        while (entry != 0 && count < MAX_FRAMES) {
            if (visible()) {
                count++;
            }
            next();
        }
        int[] frames = new int[count];
        pc = savedPc;
        sp = savedSp;
        entry = savedEntry;
        int k = 0;
        while (entry != 0 && k < count) {
            if (visible()) {
                frames[k++] = pc;
            }
            next();
        }
        pc = savedPc;
        sp = savedSp;
        entry = savedEntry;
        return frames;
    }

    /** Whether the walk is at a frame a trace shows: a Java method of the program. */
    private static boolean visible() {
        int flags = Mem.load16(entry + FLAGS);
        return (flags & (HIDDEN | INIT_STUB)) == 0 && Mem.load32(entry + INFO) != 0;
    }

    /**
     * Whether the walk is at a constructor of {@code t}'s class or a superclass: its name (a C
     * string "pkg.Cls.<init>") is the name of one of those classes followed by ".<init>".
     */
    private static boolean isConstructorOf(Object t) {
        int name = Mem.load32(Mem.load32(entry + INFO) + NAME);
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

    /** Prints the visible frames of the caller's stack, innermost first (panics: allocates nothing). */
    static void printFromHere() {
        start();
        while (entry != 0) {
            if (visible()) {
                printFrame();
            }
            next();
        }
    }

    /** Prints the frame of return address {@code returnAddress}: HotSpot's "\tat" line. */
    public static void printFrame(int returnAddress) {
        pc = returnAddress;
        entry = find(pc - 1);
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
        int ea = find(a - 1);
        int eb = find(b - 1);
        if (ea != eb || ea == 0) {
            return false;
        }
        int info = Mem.load32(ea + INFO);
        entry = ea;
        pc = a;
        int la = line(info);
        pc = b;
        return la == line(info);
    }

    // ---- the walk, for capture and for the unwinder (Throw) ----------------------------------------

    /** The frame the walk is at: a code address in it, its stack pointer, its entry (0: done). */
    static int pc;
    static int sp;
    static int entry;
    private static int steps;

    /** Starts the walk at the frame whose call returns to {@code returnAddress}, whose sp is {@code stack}. */
    static void startAt(int returnAddress, int stack) {
        pc = returnAddress & ~1;
        sp = stack;
        steps = 0;
        entry = find(pc - 1);
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
        for (int k = 0; k < count; k++) {
            int site = info + SITES + FrameTableLayout.SITE_BYTES * k;
            if (Mem.load32(site + FrameTableLayout.SITE_OFFSET) == offset) {
                return site;
            }
        }
        return 0;
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
        int site = site(info, pc - (Mem.load32(entry) & ~1));
        return site == 0 ? 0 : Mem.load16(site + FrameTableLayout.SITE_LINE);
    }
}
