package rtgo.runtime;

import rtgo.vm.Address;
import rtgo.vm.Mem;
import rtgo.vm.abi.ObjectLayout;
import rtgo.vm.abi.SymbolNames;

/*
 * Heap: allocation of arrays and Strings, a bump allocator between the linker symbols __heap_start
 * and __heap_end (docs/abi.md, "Memory map").
 *
 * Design note. The first milestone has no collector, so allocation is a pointer increment: fast,
 * deterministic, and enough for programs that allocate at start-up. Every block is 8-byte aligned
 * (the AAPCS alignment, and it keeps the two header words in one 8-byte unit) and zeroed here,
 * because Java requires zeroed arrays and RAM after a warm reset holds old contents; zeroing
 * per block rather than the whole heap at start-up keeps boot time independent of heap size and is
 * what a collector that reuses memory must do anyway.
 *
 * The state is laid out for a mark-sweep or mark-compact collector later:
 * - The heap is walkable: blocks are contiguous from `start` to `next`, and each block's size
 *   follows from its header alone (descriptor flags give the element size, word 1 the length;
 *   see blockSize), so a sweeper can step from object to object without side tables.
 * - Word 0 is a 4-byte-aligned descriptor address, leaving bits 0..1 free for a mark bit.
 * - Descriptor flag bit 3 says which arrays hold references, the only ones a marker must scan.
 * What the GC will still need from elsewhere: the roots (a table of the static reference fields
 * from the transpiler, and the stack between the current SP and __stack_top, scanned
 * conservatively or through stack maps), and a point where no reference is in flight only in a
 * register; allocMultiArray holds a half-built array only in a local, which is such a root.
 *
 * Addresses are compared as signed ints. That is safe because RAM lies at 0x20000000..0x20042000,
 * far below 2^31.
 *
 * Oversized requests report what HotSpot reports: lengths above 2^31-3 give "Requested array size
 * exceeds VM limit" (measured on JDK 17 and 25 for byte, char, int and reference arrays), anything
 * else that does not fit gives "Java heap space". The size check divides the free space by the
 * element size instead of multiplying the length, so it cannot overflow.
 */
public final class Heap {
    private Heap() {}

    /** Descriptor word and length word precede the elements (docs/abi.md, "Objects"). */
    static final int ARRAY_HEADER = ObjectLayout.ARRAY_DATA;

    /** Every block starts and ends on this boundary. */
    private static final int ALIGNMENT = 8;

    /** The largest array length HotSpot accepts before "Requested array size exceeds VM limit". */
    private static final int MAX_ARRAY_LENGTH = 0x7FFFFFFD;

    /** First block; 0 until the first allocation calls init(). */
    private static int start;

    /** Where the next block goes; always 8-byte aligned, start <= next <= limit. */
    private static int next;

    /** __heap_end rounded down to 8 bytes; the stack begins there. */
    private static int limit;

    /**
     * Allocates a zeroed instance of the class whose descriptor is at {@code type} (its size is in
     * the descriptor's flags word) and returns its address. Entry point for {@code new}.
     */
    public static int allocObject(int type) {
        if (start == 0) {
            init();
        }
        int size = ((Mem.load32(type + ObjectLayout.DESC_FLAGS) >>> ObjectLayout.FLAG_SIZE_SHIFT) + ALIGNMENT - 1)
                & -ALIGNMENT;
        if (limit - next < size) {
            Throw.outOfMemory();
            return 0;
        }
        int block = take(type, size);
        Mem.store32(block + ObjectLayout.FIELDS, 0); // the word take leaves for an array's length
        return block;
    }

    /**
     * Allocates a zeroed array or String of {@code length} elements whose descriptor is at
     * {@code type}, writes its header and returns its address. Entry point for newarray,
     * anewarray (docs/abi.md, "Runtime entry points").
     */
    public static int allocArray(int type, int length) {
        if (length < 0) {
            Throw.negativeArraySize(length);
            return 0;
        }
        if (length > MAX_ARRAY_LENGTH) {
            Throw.arrayTooLarge();
            return 0;
        }
        if (start == 0) {
            init();
        }
        int elementShift = (Mem.load32(type + ObjectLayout.DESC_FLAGS) >> ObjectLayout.FLAG_ELEMENT_SHIFT)
                & ObjectLayout.FLAG_ELEMENT_MASK;
        int room = limit - next - ARRAY_HEADER;
        if (room < 0 || length > (room >> elementShift)) {
            Throw.outOfMemory();
            return 0;
        }
        // room and next are multiples of 8, so rounding up cannot pass limit.
        int block = take(type, blockSize(elementShift, length));
        Mem.store32(block + ObjectLayout.LENGTH, length);
        return block;
    }

    /**
     * Takes a block of {@code size} bytes (a multiple of 8 that fits) from the bump pointer, zeroes
     * it from offset 8 on, two words a step, and writes the descriptor; word 1 is the caller's.
     */
    private static int take(int type, int size) {
        int block = next;
        next = block + size;
        for (int word = block + ARRAY_HEADER; word < block + size; word += 8) {
            Mem.store32(word, 0);
            Mem.store32(word + 4, 0);
        }
        Mem.store32(block + ObjectLayout.DESCRIPTOR, type);
        return block;
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
        int array = allocArray(Mem.load32(typeTable + 4 * level), length);
        if (level + 1 < dims.length) {
            for (int i = 0; i < length; i++) {
                int element = allocLevel(typeTable, dims, level + 1);
                Mem.store32(array + ARRAY_HEADER + 4 * i, element);
            }
        }
        return array;
    }

    /** Allocates a zeroed String of {@code length} UTF-16 units, for StringConcat to fill in. */
    public static int allocString(int length) {
        return allocArray(Address.symbol(SymbolNames.STRING_TYPE), length);
    }

    /** Bytes still free for allocation (including the space headers will take). */
    public static int bytesFree() {
        if (start == 0) {
            init();
        }
        return limit - next;
    }

    /**
     * The size of a block with {@code length} elements of {@code 1 << elementShift} bytes: header,
     * elements, padding to 8. A heap walk computes it from the header words alone.
     */
    private static int blockSize(int elementShift, int length) {
        return (ARRAY_HEADER + (length << elementShift) + ALIGNMENT - 1) & -ALIGNMENT;
    }

    private static void init() {
        start = (Address.symbol(SymbolNames.HEAP_START) + ALIGNMENT - 1) & -ALIGNMENT;
        next = start;
        limit = Address.symbol(SymbolNames.HEAP_END) & -ALIGNMENT;
    }
}
