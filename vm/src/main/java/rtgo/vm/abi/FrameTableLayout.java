package rtgo.vm.abi;

/**
 * The frame table {@code rtgo_frames} (docs/abi.md, "Frame table"): written by the transpiler's
 * FrameTable, walked by the runtime's StackTrace. The table is {@code .word count} followed by
 * {@link #ENTRY_BYTES}-byte entries in address order; an entry's {@code info} points at a record
 * {@code .word name, file, count} followed by {@link #SITE_BYTES}-byte call sites
 * ({@code .hword offset, landing, map, line}).
 */
public final class FrameTableLayout {
    private FrameTableLayout() {}

    /** The entries start after the count word. */
    public static final int ENTRIES = 4;
    /** One entry: {@code .word start}, {@code .short frameBytes, flags}, {@code .word info}. */
    public static final int ENTRY_BYTES = 12;
    public static final int ENTRY_START = 0;
    public static final int ENTRY_FRAME_BYTES = 4;
    public static final int ENTRY_FLAGS = 6;
    public static final int ENTRY_INFO = 8;
    /** frameBytes is a halfword. */
    public static final int MAX_FRAME_BYTES = 0xffff;

    /**
     * In an info record, relative to the address the entry's {@code info} holds: the name and
     * file words come before it, and only a printed frame's record has them (runtime code's,
     * flag {@link #HIDDEN}, starts at its site count: 8 bytes less a record).
     */
    public static final int INFO_NAME = -8;
    public static final int INFO_FILE = -4;
    /** The number of call sites in the low 16 bits, and {@link #SITES_INLINED} above. */
    public static final int INFO_SITE_COUNT = 0;
    /**
     * In the site-count word: the sites are {@link #SITE_BYTES_INLINED} bytes, the last halfword
     * of each its inlined frames ({@link #SITE_INLINED}). Only methods with inlined code pay for it.
     */
    public static final int SITES_INLINED = 0x10000;
    /**
     * In the site-count word: the sites are {@link #SITE_BYTES_NO_LINE} bytes, without the line:
     * runtime code (flag {@link #HIDDEN}), whose frames are never printed, keeps its sites only
     * for their landing pads and stack maps.
     */
    public static final int SITES_NO_LINE = 0x20000;
    public static final int SITE_COUNT_MASK = 0xffff;
    public static final int INFO_SITES = 4;
    /**
     * One call site, four halfwords: {@code .hword offset, landing, map, line}. {@code offset}: the
     * return address's distance from the entry's start in halfwords (Thumb code is halfword
     * aligned, so a method may be up to 128 KiB); {@code landing}: the landing pad (the handler
     * the call lands in when it throws; 0: none) as a byte offset from the entry's start;
     * {@code map}: see {@link #SITE_MAP}; {@code line}: the source line (at most 65535), last so
     * that {@link #SITES_NO_LINE} sites can leave it out. Halfwords instead of words halve a
     * site's bytes (issue 11 part 7, image size); the assembler rejects a value that does not fit.
     */
    public static final int SITE_BYTES = 8;
    /** A site of an info record with {@link #SITES_NO_LINE}: offset, landing and map. */
    public static final int SITE_BYTES_NO_LINE = 6;
    public static final int SITE_OFFSET = 0;
    public static final int SITE_LANDING = 2;
    public static final int SITE_LINE = 6;
    /**
     * The site's stack map as its distance from {@code rtgo_frames} in halfwords (0: no reference
     * lives across the call): {@code .hword regs, interior, count} then {@code count} halfwords,
     * one per stack word holding a reference, its offset from the frame's sp in words, bit 15 set
     * for an interior pointer (an array's element 0, 8 bytes past the array). {@code regs} and
     * {@code interior}: bit r for a reference (interior pointer) in register r (r0-r3 only at a
     * class-initialisation check, whose stub saves them).
     */
    public static final int SITE_MAP = 4;
    /** A site of an info record with {@link #SITES_INLINED}: 10 bytes, the inlined frames last. */
    public static final int SITE_BYTES_INLINED = 10;
    /**
     * The frames inlined at the site, innermost first, as the distance of their record from
     * {@code rtgo_frames} in halfwords (0: none): {@code .word count}, then per frame
     * {@code .word name, file, line} as in an info record (name 0: a frame traces leave out).
     * The site's own line is then the line of the outermost inlined call in the entry's method.
     */
    public static final int SITE_INLINED = 8;
    public static final int INLINED_COUNT = 0;
    public static final int INLINED_FRAMES = 4;
    public static final int INLINED_FRAME_BYTES = 12;
    public static final int INLINED_NAME = 0;
    public static final int INLINED_FILE = 4;
    public static final int INLINED_LINE = 8;
    /**
     * A recorded trace frame (StackTrace.capture) is a return address with the inlining level
     * in bits 24..27 (0 the innermost inlined frame; code addresses leave those bits 0).
     */
    public static final int LEVEL_SHIFT = 24;
    public static final int LEVEL_MASK = 0xf;
    /** The deepest inlining a frame table can describe. */
    public static final int MAX_INLINED = LEVEL_MASK;

    public static final int MAP_REGS = 0;
    public static final int MAP_INTERIOR_REGS = 2;
    public static final int MAP_COUNT = 4;
    public static final int MAP_SLOTS = 6;
    public static final int MAP_SLOT_INTERIOR = 0x8000;

    /**
     * Flags bits 8..15: the callee-saved registers r4..r11 the prologue saved (bit 8 is r4), which
     * the unwinder restores when it leaves the frame. The prologue pushes the saved ones of r4..r7
     * with lr (unless {@link #LR_AT_SP}) just below the caller's sp, then r8..r11 (copied through
     * r4..) just below those, in ascending order.
     */
    public static final int SAVED_SHIFT = 8;

    /** Flag: the return address is saved at the top of the frame (the word below the caller's sp). */
    public static final int LR_SAVED = 1;
    /** Flag: runtime code, walked through and never printed (HotSpot hides its own frames too). */
    public static final int HIDDEN = 2;
    /** Flag: a class-initialisation stub; the frames above it belong to whoever triggered the init. */
    public static final int INIT_STUB = 4;
    /**
     * Flag: the return address is the word at this frame's stack pointer, not at the top: a function
     * that does not save lr has only failed-check stubs as call sites, and each pushes lr first.
     */
    public static final int LR_AT_SP = 8;

    /**
     * A class-initialisation stub's info: {@code .word name, flag}, the class's binary name
     * (NUL-terminated) and the address of its initialisation state byte (0 not started, 1 started
     * or done, 2 erroneous: its initialiser threw).
     */
    public static final int INIT_INFO_NAME = 0;
    public static final int INIT_INFO_FLAG = 4;
    /** Initialisation states. */
    public static final int INIT_STARTED = 1;
    public static final int INIT_ERRONEOUS = 2;

    /** Bytes a class-initialisation stub pushes: r0-r4 and lr (six words keep sp 8-byte aligned). */
    public static final int INIT_STUB_FRAME = 24;
}
