package rtgo.runtime;

/*
 * Gc: the garbage collector. Precise, non-moving mark-sweep over the heap Heap allocates from.
 *
 * Design note (docs/abi.md, "Garbage collection").
 * - Why mark-sweep, non-moving: the M0+ has no MMU and 264 KiB of RAM; a copying collector
 *   would halve the usable heap, and a compacting one must update every interior pointer and
 *   every reference a driver handed to hardware (a DMA buffer must not move). Mark-sweep keeps
 *   the whole heap usable, addresses stable, and the allocator simple (a bump region refilled
 *   from an address-ordered free list). Fragmentation is the price; coalescing adjacent free
 *   blocks at every sweep keeps it low for the allocation patterns of embedded programs.
 * - Precise: the roots are the static reference fields (the transpiler's table rtgo_static_refs),
 *   and the stack, read through the stack map of every call site (the frame table): for each
 *   frame, the registers and stack words that hold references when its call was made. A
 *   collection only starts inside an allocation, so every frame is stopped at a call site. A
 *   callee-saved register's value is where the nearest callee saved it (the frame table says which
 *   registers each frame saved, and where), or in the register itself: the walk tracks, per
 *   register, the address that holds the current frame's value, starting from a block in which
 *   Gc.collect (crt0.S) saved r4-r11. A class-initialisation stub saved r0-r3 too, which is where
 *   the references that live across a class check are. Heap objects are scanned with the
 *   reference map in their class descriptor (bit k: word k is a reference); arrays whose
 *   descriptor has FLAG_REFS hold references in every element. No integer is ever taken for a
 *   pointer.
 * - Interior pointers: a hoisted array element base (the array's address + 8) is marked in the
 *   stack map as interior; the collector marks the array 8 bytes below it. Nothing moves, so the
 *   pointer stays valid.
 * - Mark: one bit per 8 bytes of heap in a side bitmap (4 KiB for the whole heap), never in the
 *   objects: the lazy sweep leaves the marks of blocks it has not reached yet for a while, and
 *   the program goes on reading those objects' descriptors (calls, casts) meanwhile. A fixed
 *   mark stack (allocated with the heap, so no allocation during a collection) and, if it
 *   overflows, rescans of the heap for marked objects with unmarked children, so deep lists and
 *   trees never need more memory than that.
 * - Sweep, lazily: a walk over the heap (every block's size follows from its header: objects
 *   from their descriptor, arrays from their length, free blocks from word 1) that clears marks
 *   and merges runs of dead and free blocks into free blocks, linked in address order. It is not
 *   part of the pause: allocation sweeps on from where the last sweep stopped until it finds a
 *   free block that fits (Heap.refill), and a collection first finishes what is left, so no mark
 *   outlives its cycle. A collection that runs out of memory has swept everything on the way.
 * - Pause: the mark, linear in the live objects and their references (plus what is left of the
 *   last sweep, normally nothing). The sweep's cost, linear in the number of blocks (live, dead
 *   and free), is spread over the allocations after it. Measured: a collection with 64 KiB live
 *   (2048 objects) pauses under 242,000 cycles, 1.9 ms at 125 MHz (ci/figures GcPause, whose
 *   timed region also clears the 4 KiB mark bitmap and reads the list back).
 * - Threads (a later issue) add their stacks as roots; a collection then stops the world. The
 *   pending exception of an unwinding is a static, hence a root. While the unwinder walks (it
 *   allocates when a static initialiser's exception must be wrapped), the collector's walk stops
 *   at raise, which has no frame-table entry, and goes on from the frame the unwinder has reached,
 *   with the registers of that frame from the unwinder's block (Throw.walkPc/walkSp/walkBlock).
 */
import rtgo.vm.Address;
import rtgo.vm.Export;
import rtgo.vm.Mem;
import rtgo.vm.abi.FrameTableLayout;
import rtgo.vm.abi.ObjectLayout;
import rtgo.vm.abi.SymbolNames;

public final class Gc {
    private Gc() {}

    /** Collects (crt0.S): saves r4-r11 in a block, as Throw.raise does, and calls {@link #collectFrom}. */
    public static native void collect();

    /** Completed collections since start-up. */
    static int collections;

    /** The heap's bounds during a collection. */
    private static int heapStart;
    private static int heapLimit;

    /**
     * The mark bitmap (allocated by Heap.init): bit k of word w marks the block at heap start +
     * 8 * (32 w + k). {@code bits} is the address of its word 0.
     */
    static int[] markBitmap;
    static int bits;

    /** The mark stack (allocated by Heap.init with the heap) and its depth. */
    static int[] markStack;
    private static int depth;
    private static boolean overflowed;

    /** Per register r0..r11: the address holding the walk's current frame's value, 0 if unknown. */
    static int[] regAddr;

    /** Register block offsets (crt0.S): r8-r11 at 0..12, r4-r7 at 20..32, the return address at 36. */
    private static final int BLOCK_LOW = 20;
    private static final int BLOCK_LR = 36;
    private static final int BLOCK_BYTES = 40;

    @Export("rtgo_gc")
    public static void collectFrom(int block) {
        heapStart = Heap.start;
        heapLimit = Heap.limit;
        Heap.finishSweep(); // the last cycle's marks are read until the sweep is done
        int[] bitmap = markBitmap;
        for (int w = 0; w < bitmap.length; w++) {
            bitmap[w] = 0;
        }
        depth = 0;
        overflowed = false;
        markStatics();
        markStack(block, Start.stackTop());
        for (rtgo.runtime.classlib.java.lang.TThread t = Sched.all; t != null; t = t.allNext) {
            if (t != Sched.current && t.state != Sched.NEW) {
                markStack(t.ctx[0], t.stackTop); // suspended at its swap (Sched)
            }
        }
        markCandidates();
        drain();
        while (overflowed) {
            overflowed = false;
            rescan();
        }
        Heap.startSweep();
        collections++;
    }

    private static void markStatics() {
        int table = Address.symbol(SymbolNames.STATIC_REFS);
        int n = Mem.load32(table);
        for (int k = 1; k <= n; k++) {
            mark(Mem.load32(Mem.load32(table + 4 * k)));
        }
    }

    /**
     * Words that may be references, from the innermost frames of preempted threads (Sched): the
     * thread stopped between two arbitrary instructions, where no stack map describes its
     * registers and frame, so every word there that points into a live heap block keeps that block
     * (conservatively: the collector moves nothing, so a false reference only keeps garbage one
     * cycle longer). Allocated by Sched when threads start.
     */
    static int[] candidates;
    private static int candidateCount;

    private static void candidate(int v) {
        if (v - heapStart < 0 || v - heapLimit >= 0) {
            return;
        }
        if (candidateCount == candidates.length) {
            markCandidates();
        }
        candidates[candidateCount++] = v;
    }

    /** Marks the heap blocks the candidates point into: sorted, then one walk over the heap. */
    private static void markCandidates() {
        int n = candidateCount;
        if (n == 0) {
            return;
        }
        int[] c = candidates;
        for (int i = 1; i < n; i++) {
            int v = c[i];
            int j = i - 1;
            while (j >= 0 && c[j] - v > 0) {
                c[j + 1] = c[j];
                j--;
            }
            c[j + 1] = v;
        }
        int i = 0;
        for (int p = heapStart; i < n && p - heapLimit < 0; ) {
            int end = p + Heap.blockSize(p);
            while (i < n && c[i] - end < 0) {
                if (Mem.load32(p) != 0) {
                    mark(p); // a live block (free blocks have no descriptor)
                }
                i++;
            }
            p = end;
        }
        candidateCount = 0;
    }

    /** The frame of rtgo_preempt (crt0.S): the divider (4 words), lr, r12, apsr, r0-r3, the resume pc. */
    private static final int PREEMPT_FRAME_BYTES = 48;
    private static final int PREEMPT_LR = 16;

    /**
     * A thread's stack, from the frame whose registers are in {@code block} outwards to {@code top},
     * through every frame's stack map; a preempted thread's innermost frame conservatively.
     */
    private static void markStack(int block, int top) {
        int[] regs = regAddr;
        for (int r = 0; r < 4; r++) {
            regs[r] = 0;
            regs[4 + r] = block + BLOCK_LOW + 4 * r;
            regs[8 + r] = block + 4 * r;
        }
        int pc = Mem.load32(block + BLOCK_LR) & ~1;
        int sp = block + BLOCK_BYTES;
        boolean resumed = false;
        int preemptReturn = Address.symbol(SymbolNames.PREEMPT_RETURN) & ~1;
        for (int steps = 0; steps < 4 * StackTrace.MAX_FRAMES; steps++) {
            if (pc == preemptReturn) {
                // rtgo_preempt's frame, then the preempted method stopped at a backward branch
                for (int k = PREEMPT_LR + 4; k < PREEMPT_FRAME_BYTES - 4; k += 4) {
                    candidate(Mem.load32(sp + k)); // r12, (apsr), r0-r3
                }
                for (int r = 4; r < 12; r++) {
                    if (regs[r] != 0) {
                        candidate(Mem.load32(regs[r]));
                    }
                }
                int lr = Mem.load32(sp + PREEMPT_LR);
                pc = Mem.load32(sp + PREEMPT_FRAME_BYTES - 4) & ~1;
                sp += PREEMPT_FRAME_BYTES;
                int entry = StackTrace.find(pc);
                int flags = entry == 0 ? 0 : Mem.load16(entry + FrameTableLayout.ENTRY_FLAGS);
                if ((flags & FrameTableLayout.LR_SAVED) == 0) {
                    return; // cannot happen: Sched preempts only where the frame table describes the frame
                }
                boolean lrAtSp = (flags & FrameTableLayout.LR_AT_SP) != 0;
                // an LR_AT_SP frame's size counts the lr its throw stubs push: not pushed here
                int caller = sp + Mem.load16(entry + FrameTableLayout.ENTRY_FRAME_BYTES) - (lrAtSp ? 4 : 0);
                for (int at = sp; at - caller < 0; at += 4) {
                    candidate(Mem.load32(at));
                }
                trackSaved(flags, caller, lrAtSp);
                for (int r = 0; r < 4; r++) {
                    regs[r] = 0;
                }
                if (caller <= sp || caller > top) {
                    return;
                }
                pc = (lrAtSp ? lr : Mem.load32(caller - 4)) & ~1;
                sp = caller;
                continue;
            }
            int entry = StackTrace.find(pc - 1);
            int flags = entry == 0 ? 0 : Mem.load16(entry + FrameTableLayout.ENTRY_FLAGS);
            if ((flags & FrameTableLayout.LR_SAVED) == 0) {
                // past the code: the walk is done, unless it reached raise while the unwinder walks
                if (!Throw.unwinding || resumed) {
                    return;
                }
                resumed = true;
                pc = Throw.walkPc;
                sp = Throw.walkSp;
                for (int r = 0; r < 4; r++) {
                    regs[r] = 0;
                    regs[4 + r] = Throw.walkBlock + BLOCK_LOW + 4 * r;
                    regs[8 + r] = Throw.walkBlock + 4 * r;
                }
                continue;
            }
            boolean lrAtSp = (flags & FrameTableLayout.LR_AT_SP) != 0;
            int info = Mem.load32(entry + FrameTableLayout.ENTRY_INFO);
            if ((flags & FrameTableLayout.INIT_STUB) == 0 && info != 0) {
                int map = siteMap(info, pc - (Mem.load32(entry) & ~1));
                if (map != 0) {
                    scanMap(map, sp + (lrAtSp ? 4 : 0));
                }
            }
            int caller = sp + Mem.load16(entry + FrameTableLayout.ENTRY_FRAME_BYTES);
            trackSaved(flags, caller, lrAtSp);
            if ((flags & FrameTableLayout.INIT_STUB) != 0) {
                for (int r = 0; r < 4; r++) {
                    regs[r] = sp + 4 * r; // the stub pushed r0-r3 below r4 and lr
                }
            } else {
                for (int r = 0; r < 4; r++) {
                    regs[r] = 0;
                }
            }
            if (caller <= sp || caller > top) {
                return;
            }
            pc = Mem.load32(lrAtSp ? sp : caller - 4) & ~1;
            sp = caller;
        }
    }

    /**
     * Where the frame whose caller's sp is {@code caller} saved its caller's callee-saved registers:
     * r4-r7 just below the caller's sp (below lr unless LR_AT_SP), r8-r11 below those.
     */
    private static void trackSaved(int flags, int caller, boolean lrAtSp) {
        int[] regs = regAddr;
        int mask = (flags >>> FrameTableLayout.SAVED_SHIFT) & 0xff;
        int pushedLow = Integer.bitCount(mask & 0xf) + (lrAtSp ? 0 : 1);
        int at = caller - 4 * pushedLow;
        for (int r = 0; r < 4; r++) {
            if ((mask & (1 << r)) != 0) {
                regs[4 + r] = at;
                at += 4;
            }
        }
        at = caller - 4 * pushedLow - 4 * Integer.bitCount(mask & 0xf0);
        for (int r = 0; r < 4; r++) {
            if ((mask & (0x10 << r)) != 0) {
                regs[8 + r] = at;
                at += 4;
            }
        }
    }

    /** The stack map of the call site at {@code offset} in the code range of {@code info}, or 0. */
    private static int siteMap(int info, int offset) {
        int site = StackTrace.site(info, offset);
        return site == 0 ? 0 : StackTrace.tableRef(site, FrameTableLayout.SITE_MAP);
    }

    private static void scanMap(int map, int sp) {
        int regs = Mem.load16(map + FrameTableLayout.MAP_REGS);
        int interior = Mem.load16(map + FrameTableLayout.MAP_INTERIOR_REGS);
        for (int r = 0; r < 12; r++) {
            int bit = 1 << r;
            if (((regs | interior) & bit) != 0 && regAddr[r] != 0) {
                int v = Mem.load32(regAddr[r]);
                mark((interior & bit) != 0 ? v - ObjectLayout.ARRAY_DATA : v);
            }
        }
        int count = Mem.load16(map + FrameTableLayout.MAP_COUNT);
        for (int k = 0; k < count; k++) {
            int slot = Mem.load16(map + FrameTableLayout.MAP_SLOTS + 2 * k);
            int v = Mem.load32(sp + 4 * (slot & ~FrameTableLayout.MAP_SLOT_INTERIOR));
            mark((slot & FrameTableLayout.MAP_SLOT_INTERIOR) != 0 ? v - ObjectLayout.ARRAY_DATA : v);
        }
    }

    /** Marks the object at {@code v} if it is one of the heap's (null, literals and descriptors are not). */
    static void mark(int v) {
        if (v - heapStart < 0 || v - heapLimit >= 0 || (v & 7) != 0) {
            return;
        }
        if (Mem.load32(v) == 0) {
            return; // (a stale value) a free block
        }
        int index = (v - heapStart) >>> 3;
        int at = bits + ((index >>> 5) << 2);
        int word = Mem.load32(at);
        int bit = 1 << index;
        if ((word & bit) != 0) {
            return; // marked already
        }
        Mem.store32(at, word | bit);
        if (depth < markStack.length) {
            markStack[depth++] = v;
        } else {
            overflowed = true; // rescan() finds it: it is marked, its children may not be
        }
    }

    /**
     * Scans the objects on the mark stack until it is empty. The hot loop of a collection: the
     * bounds and the stack live in locals, and marking a child is written out in both loops (the
     * transpiler does not inline yet, and a call per reference would double the mark time).
     * The reference map's bit 0 is the descriptor word, never a reference.
     */
    private static void drain() {
        int[] stack = markStack;
        int d = depth;
        int lo = heapStart;
        int hi = heapLimit;
        int map = bits;
        while (d > 0) {
            int obj = stack[--d];
            int type = Mem.load32(obj);
            int flags = Mem.load32(type + ObjectLayout.DESC_FLAGS);
            if ((flags & ObjectLayout.FLAG_CLASS) != 0) {
                int at = obj;
                for (int refs = Mem.load32(type + ObjectLayout.DESC_REFMAP); refs != 0; refs >>>= 1) {
                    if ((refs & 1) != 0) {
                        int v = Mem.load32(at);
                        if (v - lo >= 0 && v - hi < 0 && (v & 7) == 0 && Mem.load32(v) != 0) {
                            int index = (v - lo) >>> 3;
                            int bitAt = map + ((index >>> 5) << 2);
                            int word = Mem.load32(bitAt);
                            int bit = 1 << index;
                            if ((word & bit) == 0) {
                                Mem.store32(bitAt, word | bit);
                                if (d < stack.length) {
                                    stack[d++] = v;
                                } else {
                                    overflowed = true;
                                }
                            }
                        }
                    }
                    at += 4;
                }
            } else if ((flags & (ObjectLayout.FLAG_ARRAY | ObjectLayout.FLAG_REFS | ObjectLayout.FLAG_STRING))
                    == (ObjectLayout.FLAG_ARRAY | ObjectLayout.FLAG_REFS)) {
                int end = obj + ObjectLayout.ARRAY_DATA + 4 * Mem.load32(obj + ObjectLayout.LENGTH);
                for (int at = obj + ObjectLayout.ARRAY_DATA; at - end < 0; at += 4) {
                    int v = Mem.load32(at);
                    if (v - lo >= 0 && v - hi < 0 && (v & 7) == 0 && Mem.load32(v) != 0) {
                        int index = (v - lo) >>> 3;
                        int bitAt = map + ((index >>> 5) << 2);
                        int word = Mem.load32(bitAt);
                        int bit = 1 << index;
                        if ((word & bit) == 0) {
                            Mem.store32(bitAt, word | bit);
                            if (d < stack.length) {
                                stack[d++] = v;
                            } else {
                                overflowed = true;
                            }
                        }
                    }
                }
            }
        }
        depth = 0;
    }

    /** After a mark stack overflow: the children of every marked object, until nothing is left. */
    private static void rescan() {
        for (int p = heapStart; p - heapLimit < 0; p += Heap.blockSize(p)) {
            if (isMarked(p)) {
                markStack[0] = p; // marked already: scanning it again marks its unmarked children
                depth = 1;
                drain();
            }
        }
    }

    /** Whether the block at {@code p} (in the heap) is marked. */
    static boolean isMarked(int p) {
        int index = (p - Heap.start) >>> 3;
        return (Mem.load32(bits + ((index >>> 5) << 2)) & (1 << index)) != 0;
    }
}
