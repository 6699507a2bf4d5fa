package rtgo.runtime;

import rtgo.vm.Address;
import rtgo.vm.Cpu;
import rtgo.vm.Mem;
import rtgo.vm.abi.ObjectLayout;
import rtgo.vm.abi.SymbolNames;

/*
 * Heap: allocation of objects, arrays and Strings between the linker symbols __heap_start and
 * __heap_end (docs/abi.md, "Memory map"), with Gc reclaiming what is no longer reachable.
 *
 * Design note. Blocks of 2 KiB or more are carved from the top of the highest free block that
 * holds them (after the lazy sweep has finished), so that large buffers, dropped and allocated
 * again, find the space they left rather than small survivors scattered through it. Smaller
 * allocation bumps a pointer through the current region, a free block; when the
 * region cannot hold a request, the region's rest becomes a free block and the first listed free
 * block that can hold it becomes the region, else the first one the lazy sweep finds as it goes
 * on (see Gc); when none can, Gc collects and the search runs again; when still none can,
 * OutOfMemoryError. Every block is 8-byte aligned
 * (the AAPCS alignment, and it keeps the two header words in one 8-byte unit) and zeroed here,
 * because Java requires zeroed objects and a reused block holds old contents; only the class
 * library's copies into new Strings and char buffers, which write every element before reading
 * one, skip the zeroing (allocArrayFilled). Lengths below 2^16 skip the length checks: no such
 * array overflows the size computation, and one larger than the heap fails like any other
 * request that does not fit.
 *
 * The heap is walkable at all times, which the sweep and the mark stack's overflow rescan need:
 * blocks are contiguous from start to limit, and each block's size follows from its header
 * alone: an object's from its descriptor, an array's or String's from the descriptor's element
 * size and word 1, a free block (word 0 is 0, never a descriptor) from word 1. Free blocks of 16
 * bytes or more are on the free list (word 2 links them, in address order); smaller ones wait
 * for the next sweep to merge them with their neighbours.
 *
 * OutOfMemoryError must itself be allocated, with its stack trace: a reserve block is held back
 * from the program, and given up to make the error when the heap is exhausted; the next
 * collection that leaves room takes it back. A program that catches the error and drops its
 * data goes on with the whole heap.
 *
 * Addresses are compared as differences (signed), which is safe because RAM lies at
 * 0x20000000..0x20042000, far below 2^31.
 *
 * Oversized requests report what HotSpot reports: lengths above 2^31-3 give "Requested array size
 * exceeds VM limit" (measured on JDK 17 and 25 for byte, char, int and reference arrays), anything
 * else that does not fit gives "Java heap space". The size check divides the heap size by the
 * element size instead of multiplying the length, so it cannot overflow.
 */
public final class Heap {
    private Heap() {}

    /** Descriptor word and length word precede the elements (docs/abi.md, "Objects"). */
    static final int ARRAY_HEADER = ObjectLayout.ARRAY_DATA;

    /** Every block starts and ends on this boundary. */
    private static final int ALIGNMENT = ObjectLayout.ALIGNMENT;

    /** The largest array length HotSpot accepts before "Requested array size exceeds VM limit". */
    private static final int MAX_ARRAY_LENGTH = 0x7FFFFFFD;

    /** First block; 0 until the first allocation calls init(). */
    static int start;

    /** __heap_end rounded down to 8 bytes; the stack begins there. */
    static int limit;

    /** The current region: the next block goes at next, the region ends at regionEnd. */
    private static int next;
    private static int regionEnd;

    /** The first free block of 16 bytes or more (address order, linked by word 2), or 0. */
    private static int freeList;

    /** Bytes held back to make an OutOfMemoryError (see the design note), and the block. */
    private static final int RESERVE_BYTES = 2048;
    private static final int RESERVE_WORDS = (RESERVE_BYTES - ARRAY_HEADER) / 4;
    private static Object reserve;

    /** Whether the heap is being asked for an OutOfMemoryError's memory. */
    private static boolean makingError;

    /** The OutOfMemoryError thrown when not even a new one fits (made at start-up, no trace). */
    private static OutOfMemoryError spareError;

    private static final int FREE_SIZE = 4;
    private static final int FREE_NEXT = 8;
    private static final int MIN_LISTED = 16;

    /**
     * Allocates a zeroed instance of the class whose descriptor is at {@code type} (its size is in
     * the descriptor's flags word) and returns its address. Entry point for {@code new} where the
     * compiler does not give the size (allocSmall where it does).
     */
    public static int allocObject(int type) {
        int size = ((Mem.load32(type + ObjectLayout.DESC_FLAGS) >>> ObjectLayout.FLAG_SIZE_SHIFT) + ALIGNMENT - 1)
                & -ALIGNMENT;
        return size < LARGE ? allocSmall(type, size) : takeObject(type, size);
    }

    /**
     * A zeroed instance of {@code size} bytes (the descriptor's size rounded up to 8, less than
     * LARGE: the compiler passes it, so nothing reads the descriptor). take's bump without its
     * call, for the commonest allocation; the words after the descriptor are zeroed in pairs (size
     * is a multiple of 8, the first word apart). A full region goes the general way.
     */
    public static int allocSmall(int type, int size) {
        int block = next;
        if (regionEnd - block < size) {
            return takeObject(type, size);
        }
        int end = block + size;
        next = end;
        Mem.store32(block + ObjectLayout.FIELDS, 0);
        for (int word = block + ARRAY_HEADER; word != end; word += 8) {
            Mem.store32(word, 0);
            Mem.store32(word + 4, 0);
        }
        Mem.store32(block + ObjectLayout.DESCRIPTOR, type);
        return block;
    }

    /** An instance from take: refill, collection, large blocks. */
    private static int takeObject(int type, int size) {
        int block = take(type, size, true);
        Mem.store32(block + ObjectLayout.FIELDS, 0); // the word take leaves for an array's length
        return block;
    }

    /**
     * {@code array.clone()}: a new array of the same type and length with the same elements (a
     * shallow copy, as on the JVM). The transpiler calls it for clone() on an array type.
     */
    public static Object cloneArray(Object array) {
        int a = Address.of(array);
        int length = Mem.load32(a + ObjectLayout.LENGTH);
        Object copy = Address.toRef(allocArray(Mem.load32(a + ObjectLayout.DESCRIPTOR), length));
        System.arraycopy(array, 0, copy, 0, length);
        return copy;
    }

    /**
     * Allocates a zeroed array or String of {@code length} elements whose descriptor is at
     * {@code type}, writes its header and returns its address. Entry point for newarray,
     * anewarray (docs/abi.md, "Runtime entry points").
     */
    public static int allocArray(int type, int length) {
        return array(type, length, true);
    }

    /**
     * allocArray without the zeroing, for an array of primitives or a String whose caller writes
     * every element before anything reads it (a copy, a builder's buffer past its count): its
     * elements hold whatever the memory held. Never for references, which the collector reads.
     */
    public static int allocArrayFilled(int type, int length) {
        return array(type, length, false);
    }

    /** Lengths below this need none of the checks of lengthFits: 2^16 elements of 8 bytes cannot overflow. */
    private static final int SMALL_LENGTH_BITS = 16;

    private static int array(int type, int length, boolean zeroed) {
        int elementShift = (Mem.load32(type + ObjectLayout.DESC_FLAGS) >> ObjectLayout.FLAG_ELEMENT_SHIFT)
                & ObjectLayout.FLAG_ELEMENT_MASK;
        if ((length >>> SMALL_LENGTH_BITS) != 0 && !lengthFits(length, elementShift)) {
            return 0;
        }
        // a small array larger than the heap fails in take (after a collection), as HotSpot's does
        int block = take(type, (ARRAY_HEADER + (length << elementShift) + ALIGNMENT - 1) & -ALIGNMENT, zeroed);
        Mem.store32(block + ObjectLayout.LENGTH, length);
        return block;
    }

    /**
     * Whether an array of {@code length} elements of {@code 1 << elementShift} bytes can exist;
     * throws HotSpot's error when it cannot (negative, above the VM limit, larger than the heap).
     */
    private static boolean lengthFits(int length, int elementShift) {
        if (length < 0) {
            Throw.negativeArraySize(length);
            return false;
        }
        if (length > MAX_ARRAY_LENGTH) {
            Throw.arrayTooLarge();
            return false;
        }
        if (start == 0) {
            init();
        }
        if (length > ((limit - start - ARRAY_HEADER) >> elementShift)) {
            outOfMemory(); // larger than the whole heap: no collection can help
            return false;
        }
        return true;
    }

    /**
     * Takes a block of {@code size} bytes (a multiple of 8), zeroed after its header when
     * {@code zeroed}, and writes the descriptor; word 1 is the caller's. Collects when no free
     * block can hold it.
     */
    private static int take(int type, int size, boolean zeroed) {
        int block = next;
        if (regionEnd - block < size || size >= LARGE) {
            block = takeSlow(type, size);
            if (block == 0) {
                return 0;
            }
        } else {
            next = block + size;
        }
        if (zeroed) {
            // size - ARRAY_HEADER is a multiple of 8: the loop meets end exactly
            int end = block + size;
            for (int word = block + ARRAY_HEADER; word != end; word += 8) {
                Mem.store32(word, 0);
                Mem.store32(word + 4, 0);
            }
        }
        Mem.store32(block + ObjectLayout.DESCRIPTOR, type);
        return block;
    }

    /**
     * What the bump does not cover: the first allocation (the heap is made), large blocks, a
     * refill of the region, a collection, and allocation in an interrupt handler, which
     * rtgo_java_isr (crt0.S) sends here by making the region empty while the handler runs (the
     * code it interrupted may be inside this allocator). Returns the block, 0 after the error.
     */
    private static int takeSlow(int type, int size) {
        if (start == 0) {
            init();
        }
        if (Cpu.ipsr() >= 16) {
            if (!Fault.reporting) {
                if (type != 0 && Types.isAssignable(type, Address.symbol(SymbolNames.TYPE_PREFIX + "java.lang.Throwable"))) {
                    // a null check or bounds check failed in the handler: its exception (and message)
                    // are made so that the panic can name it (Fault.uncaughtInInterrupt)
                    Fault.reporting = true;
                } else {
                    Fault.inInterrupt("allocation");
                }
            }
            if (regionEnd == next) {
                // the region rtgo_java_isr emptied: its real end, so that the heap stays walkable
                regionEnd = Mem.load32(Address.symbol(SymbolNames.ISR_REGION_END));
            }
        }
        int block;
        if (size >= LARGE) {
            block = takeLarge(size);
            if (block == 0 && !makingError) {
                Gc.collect();
                block = takeLarge(size);
            }
            if (block == 0) {
                outOfMemory();
                return 0;
            }
            return block;
        }
        if (regionEnd - next < size && !refill(size)) {
            boolean collected = false;
            if (!makingError) {
                Gc.collect();
                collected = true;
            }
            if (!collected || (regionEnd - next < size && !refill(size))) {
                outOfMemory();
                return 0;
            }
        }
        block = next;
        next = block + size;
        return block;
    }

    /**
     * Blocks of this many bytes or more come from the top of the highest free block that holds
     * them, small ones from the bottom (the region): large buffers, allocated and dropped again and
     * again, then keep finding the space they left, instead of small survivors settling in it.
     */
    private static final int LARGE = ObjectLayout.LARGE_BLOCK;

    /**
     * A large block carved from the end of the highest free block (or region) that holds it, after
     * the lazy sweep has finished; 0 when none does.
     */
    private static int takeLarge(int size) {
        finishSweep();
        int best = 0;
        int bestPrev = 0;
        int prev = 0;
        for (int b = freeList; b != 0; b = Mem.load32(b + FREE_NEXT)) {
            if (Mem.load32(b + FREE_SIZE) >= size && b - best > 0) {
                best = b;
                bestPrev = prev;
            }
            prev = b;
        }
        if (regionEnd - next >= size && (best == 0 || next - best > 0)) {
            regionEnd -= size; // the region's top is higher still
            return regionEnd;
        }
        if (best == 0) {
            return 0;
        }
        int rest = Mem.load32(best + FREE_SIZE) - size;
        if (rest >= MIN_LISTED) {
            Mem.store32(best + FREE_SIZE, rest); // it stays listed, shorter
        } else {
            unlink(best, bestPrev);
            if (rest > 0) {
                Mem.store32(best + FREE_SIZE, rest); // an unlisted free block until the next sweep
            }
        }
        return best + rest;
    }

    /** Takes the listed free block {@code b}, which follows {@code prev} (0: first), off the list. */
    private static void unlink(int b, int prev) {
        int after = Mem.load32(b + FREE_NEXT);
        if (prev == 0) {
            freeList = after;
        } else {
            Mem.store32(prev + FREE_NEXT, after);
        }
        if (freeListTail == b) {
            freeListTail = prev;
        }
    }

    /**
     * Makes a free block that holds {@code size} bytes the region (the old region's rest becomes
     * a free block for the next sweep): the first listed one, else the first the lazy sweep finds
     * going on from where it stopped; false when there is none.
     */
    private static boolean refill(int size) {
        int prev = 0;
        for (int b = freeList; b != 0; b = Mem.load32(b + FREE_NEXT)) {
            int bytes = Mem.load32(b + FREE_SIZE);
            if (bytes >= size) {
                unlink(b, prev);
                retireRegion();
                next = b;
                regionEnd = b + bytes;
                return true;
            }
            prev = b;
        }
        int run = sweepTo(size);
        if (run == 0) {
            return false;
        }
        retireRegion();
        next = run;
        regionEnd = run + Mem.load32(run + FREE_SIZE);
        return true;
    }

    /** Leaves the region's unused rest as a free block, listed first when it can be. */
    private static void retireRegion() {
        int rest = regionEnd - next;
        if (rest > 0) {
            Mem.store32(next, 0);
            Mem.store32(next + FREE_SIZE, rest);
            if (rest >= MIN_LISTED) {
                Mem.store32(next + FREE_NEXT, freeList);
                freeList = next;
                if (freeListTail == 0) {
                    freeListTail = next;
                }
            }
        }
        next = regionEnd;
    }

    /**
     * The heap cannot hold a request even after a collection: OutOfMemoryError, made with the
     * memory the reserve gives up.
     */
    private static void outOfMemory() {
        if (makingError) {
            // not even the error fits: the one made at start-up, without a trace
            makingError = false;
            throw spareError;
        }
        makingError = true; // from here on nothing takes the reserve back (startSweep)
        if (reserve != null) {
            reserve = null;
            Gc.collect();
        }
        OutOfMemoryError e = new OutOfMemoryError("Java heap space");
        makingError = false;
        throw e;
    }

    /** The size of the block at {@code p} (an object, array, String or free block), for heap walks. */
    static int blockSize(int p) {
        int word = Mem.load32(p);
        if (word == 0) {
            return Mem.load32(p + FREE_SIZE);
        }
        int flags = Mem.load32((word & ~3) + ObjectLayout.DESC_FLAGS);
        if ((flags & ObjectLayout.FLAG_CLASS) != 0) {
            return ((flags >>> ObjectLayout.FLAG_SIZE_SHIFT) + ALIGNMENT - 1) & -ALIGNMENT;
        }
        return arraySize((flags >> ObjectLayout.FLAG_ELEMENT_SHIFT) & ObjectLayout.FLAG_ELEMENT_MASK,
                Mem.load32(p + ObjectLayout.LENGTH));
    }

    /**
     * Where the lazy sweep goes on: blocks below it are swept (unmarked, dead ones merged into free
     * blocks), blocks from it on still carry the last marking. {@code limit} when the sweep is done.
     */
    private static int sweepCursor;
    /** The last listed free block, where the sweep appends. */
    private static int freeListTail;

    /**
     * After marking (Gc): the sweep starts over from the heap's start, lazily. The pause ends here;
     * allocation sweeps as far as it needs (refill), and the next collection finishes first what
     * is left (finishSweep), so marks never outlive a cycle.
     */
    static void startSweep() {
        freeList = 0;
        freeListTail = 0;
        next = 0;
        regionEnd = 0;
        sweepCursor = start;
        // the reserve comes back when a free block holds it twice over (not while it is being used
        // to make an OutOfMemoryError)
        if (reserve == null && !makingError && refill(2 * RESERVE_BYTES)) {
            reserve = new int[RESERVE_WORDS]; // fits the region just made: no collection
        }
    }

    /** Sweeps what the lazy sweep has not reached yet (before a collection marks, or to count). */
    static void finishSweep() {
        retireRegion();
        sweepTo(0x7fffffff);
    }

    /**
     * The lazy sweep: goes on from the cursor, clearing the marks of live blocks and merging each run
     * of dead and free blocks into one free block, listed in address order, until a run of at least
     * {@code size} bytes is made (returned, unlisted: the caller takes it) or the heap ends (0).
     */
    private static int sweepTo(int size) {
        int p = sweepCursor;
        int end = limit;
        int run = 0;
        while (true) {
            int word = 0;
            int bytes = 0;
            if (p - end < 0) {
                // the block's size, as blockSize computes it (written out: this loop is the sweep)
                word = Mem.load32(p);
                if (word == 0) {
                    bytes = Mem.load32(p + FREE_SIZE);
                } else {
                    int flags = Mem.load32((word & ~3) + ObjectLayout.DESC_FLAGS);
                    if ((flags & ObjectLayout.FLAG_CLASS) != 0) {
                        bytes = ((flags >>> ObjectLayout.FLAG_SIZE_SHIFT) + ALIGNMENT - 1) & -ALIGNMENT;
                    } else {
                        bytes = (ARRAY_HEADER + (Mem.load32(p + ObjectLayout.LENGTH)
                                << ((flags >> ObjectLayout.FLAG_ELEMENT_SHIFT) & ObjectLayout.FLAG_ELEMENT_MASK))
                                + ALIGNMENT - 1) & -ALIGNMENT;
                    }
                }
                if (!Gc.isMarked(p)) {
                    if (run == 0) {
                        run = p; // a dead or free block starts (or continues) a free run
                    }
                    p += bytes;
                    continue;
                }
            }
            if (run != 0) {
                // the run before this live block (or the heap's end) becomes one free block
                int free = p - run;
                Mem.store32(run, 0);
                Mem.store32(run + FREE_SIZE, free);
                if (free >= size) {
                    sweepCursor = p; // the live block at p is swept next time
                    return run;
                }
                if (free >= MIN_LISTED) {
                    Mem.store32(run + FREE_NEXT, 0);
                    if (freeListTail == 0) {
                        freeList = run;
                    } else {
                        Mem.store32(freeListTail + FREE_NEXT, run);
                    }
                    freeListTail = run;
                }
                run = 0;
            }
            if (p - end >= 0) {
                sweepCursor = end;
                return 0;
            }
            p += bytes;
        }
    }

    /**
     * multianewarray: {@code dims} holds the counts given in the source, outermost first, and
     * {@code typeTable} one descriptor address per count. As the JVM specifies, every count is
     * checked before anything is allocated (the first negative one is reported, so
     * {@code new int[0][-3]} throws), and a count of 0 leaves the levels below it unallocated.
     */
    public static int allocMultiArray(int typeTable, int[] dims) {
        for (int level = 0; level < dims.length; level++) {
            if (dims[level] < 0) {
                Throw.negativeArraySize(dims[level]);
                return 0;
            }
        }
        return allocLevel(typeTable, dims, 0);
    }

    private static int allocLevel(int typeTable, int[] dims, int level) {
        int length = dims[level];
        // a reference, so that the collections the levels below may run keep it
        Object array = Address.toRef(allocArray(Mem.load32(typeTable + 4 * level), length));
        if (level + 1 < dims.length) {
            for (int i = 0; i < length; i++) {
                int element = allocLevel(typeTable, dims, level + 1);
                Mem.store32(Address.of(array) + ARRAY_HEADER + 4 * i, element);
            }
        }
        return Address.of(array);
    }

    /** Allocates a zeroed String of {@code length} UTF-16 units, for StringConcat to fill in. */
    public static int allocString(int length) {
        return array(Address.symbol(SymbolNames.STRING_TYPE), length, true);
    }

    /** A String of {@code length} units that the caller fills in completely (not zeroed: allocArrayFilled). */
    public static int allocStringFilled(int length) {
        return array(Address.symbol(SymbolNames.STRING_TYPE), length, false);
    }

    /**
     * Bytes free for allocation (Runtime.freeMemory): the free blocks, the region's rest among
     * them, once the sweep has finished. Counted by a walk of the heap when asked rather than kept
     * up to date by every allocation, whose fast path it would lengthen.
     */
    public static int bytesFree() {
        if (start == 0) {
            init();
        }
        finishSweep();
        int free = 0;
        for (int p = start; p - limit < 0; p += blockSize(p)) {
            if (Mem.load32(p) == 0) {
                free += Mem.load32(p + FREE_SIZE);
            }
        }
        return free;
    }

    /** Bytes of the whole heap (Runtime.totalMemory and maxMemory). */
    public static int bytesTotal() {
        if (start == 0) {
            init();
        }
        return limit - start;
    }

    /**
     * The size of a block with {@code length} elements of {@code 1 << elementShift} bytes: header,
     * elements, padding to 8. A heap walk computes it from the header words alone.
     */
    private static int arraySize(int elementShift, int length) {
        return (ARRAY_HEADER + (length << elementShift) + ALIGNMENT - 1) & -ALIGNMENT;
    }

    /** The heap is one free block, the region; then the collector's own arrays and the reserve. */
    private static void init() {
        start = (Address.symbol(SymbolNames.HEAP_START) + ALIGNMENT - 1) & -ALIGNMENT;
        limit = Address.symbol(SymbolNames.HEAP_END) & -ALIGNMENT;
        next = start;
        regionEnd = limit;
        sweepCursor = limit;
        Gc.markStack = new int[MARK_STACK];
        Gc.markBitmap = new int[((limit - start) >>> 8) + 1]; // a bit per 8 bytes
        Gc.bits = Address.of(Gc.markBitmap) + ARRAY_HEADER;
        Gc.regAddr = new int[12];
        reserve = new int[RESERVE_WORDS];
        spareError = new OutOfMemoryError("Java heap space");
        ((rtgo.runtime.classlib.java.lang.TThrowable) (Object) spareError).rtgoSetTrace(new int[0]);
    }

    /** Mark stack entries; deeper structures are finished by rescans (Gc). */
    private static final int MARK_STACK = 256;
}
