package rtgo.runtime;

import rtgo.vm.Mem;

/**
 * Block fills of array elements: what a counted loop storing one value into consecutive elements
 * of a byte, short, char, boolean, int or float array becomes (rtgo.opt.FillLoops), and so what
 * {@code Arrays.fill} over those arrays runs.
 *
 * <p>Design note. As for {@link MemCopy}, the M0+ stores at most a word per instruction and has no
 * unaligned word store, so the value is first replicated to a whole word (four bytes, two
 * halves), the elements before the first word boundary are stored one at a time (at most three
 * bytes or one half), then two words an iteration, then what is left of the last word. The
 * caller has checked the range (the loop's versioning guard, Arrays' range check): nothing here
 * throws, allocates or calls, so a fill is no call site the collector or a stack trace sees.
 */
public final class MemFill {
    private MemFill() {}

    /**
     * Stores the low {@code 1 << shift} bytes of {@code value} into {@code count} consecutive
     * elements of {@code 1 << shift} bytes each (shift 0, 1 or 2), from address {@code at}, which
     * is aligned to the element size; nothing when {@code count <= 0}.
     */
    public static void fill(int at, int count, int value, int shift) {
        int end = at + (count << shift);
        if (shift == 0) {
            value = (value & 0xFF) * 0x01010101;
            while ((at & 3) != 0 && at - end < 0) {
                Mem.store8(at++, value);
            }
        } else if (shift == 1) {
            value = (value & 0xFFFF) * 0x00010001;
            if ((at & 2) != 0 && at - end < 0) {
                Mem.store16(at, value);
                at += 2;
            }
        }
        while (end - at >= 8) {
            Mem.store32(at, value);
            Mem.store32(at + 4, value);
            at += 8;
        }
        if (end - at >= 4) {
            Mem.store32(at, value);
            at += 4;
        }
        if (end - at >= 2) {
            Mem.store16(at, value);
            at += 2;
        }
        if (end - at >= 1) {
            Mem.store8(at, value);
        }
    }
}
