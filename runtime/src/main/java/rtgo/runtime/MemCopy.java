package rtgo.runtime;

import rtgo.vm.Mem;

/**
 * Block copies for the class library: {@code System.arraycopy}, the String and StringBuilder
 * copies between {@code char[]} buffers and String bodies.
 *
 * <p>Design note. The M0+ has no unaligned word access and no block-move instruction, so a copy is
 * as fast as the widest unit both ends share: words when source and destination have the same
 * address modulo 4 (after up to three bytes that bring them to a word boundary), halfwords when
 * they agree modulo 2 (the usual case of chars at arbitrary indexes), else bytes. The word loop
 * moves two words an iteration to halve the loop overhead. The runtime lies outside the
 * preemptible code, so a long copy delays a time-slice switch by its length; copies here are of
 * one object's size, bounded by the heap.
 */
public final class MemCopy {
    private MemCopy() {}

    /**
     * Copies {@code bytes} bytes from address {@code from} to address {@code to}, lowest address
     * first: correct when the ranges do not overlap or when {@code to} lies below {@code from}.
     */
    public static void forward(int from, int to, int bytes) {
        int end = to + bytes;
        if (((from ^ to) & 3) == 0) {
            while ((to & 3) != 0 && to - end < 0) {
                Mem.store8(to++, Mem.load8(from++));
            }
            while (end - to >= 8) {
                Mem.store32(to, Mem.load32(from));
                Mem.store32(to + 4, Mem.load32(from + 4));
                to += 8;
                from += 8;
            }
            if (end - to >= 4) {
                Mem.store32(to, Mem.load32(from));
                to += 4;
                from += 4;
            }
        } else if (((from ^ to) & 1) == 0) {
            if ((to & 1) != 0 && to - end < 0) {
                Mem.store8(to++, Mem.load8(from++));
            }
            while (end - to >= 2) {
                Mem.store16(to, Mem.load16(from));
                to += 2;
                from += 2;
            }
        }
        while (to - end < 0) {
            Mem.store8(to++, Mem.load8(from++));
        }
    }
}
