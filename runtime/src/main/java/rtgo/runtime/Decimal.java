package rtgo.runtime;

/*
 * Decimal: the digits of an int, as Integer.toString(int) writes them, into a char[].
 *
 * Design note. Used by StringConcat and StringBuilder, which already own a char buffer; the console prints by
 * recursion instead so that it never needs an array (see Console). Both work on the negated value
 * because -2147483648 has no positive counterpart while every positive int has a negative one.
 * Division by a constant 10 is the only costly step (the M0+ has no divide instruction, and the
 * SIO divider costs two stores, a wait and a load). Below 81920 a multiply by the reciprocal
 * 0xCCCD/2^19 gives the exact quotient (the product stays below 2^32; DecimalTest checks every
 * value of the range), so the digits of the numbers programs print most take one multiply, one
 * shift and one more multiply for the remainder; larger magnitudes divide until they fit. The
 * length is a chain of compares, without a loop, for the same reason. Pure Java without
 * intrinsics, so the host tests compare it with Integer.toString directly.
 */
public final class Decimal {
    private Decimal() {}

    /** The number of chars of Integer.toString(value): digits, plus one for a minus sign. */
    public static int length(int value) {
        int sign = value >>> 31;
        // the magnitude as a negative number: -2147483648 has no positive counterpart
        int negated = value < 0 ? value : -value;
        if (negated > -100) {
            return sign + (negated > -10 ? 1 : 2);
        }
        if (negated > -10_000) {
            return sign + (negated > -1_000 ? 3 : 4);
        }
        if (negated > -1_000_000) {
            return sign + (negated > -100_000 ? 5 : 6);
        }
        if (negated > -100_000_000) {
            return sign + (negated > -10_000_000 ? 7 : 8);
        }
        return sign + (negated > -1_000_000_000 ? 9 : 10);
    }

    /**
     * Writes Integer.toString(value) into {@code dst} so that it ends just before {@code end};
     * returns the index of its first char. The caller reserves length(value) chars.
     */
    public static int getChars(int value, char[] dst, int end) {
        int index = digits(value < 0 ? value : -value, dst, end);
        if (value < 0) {
            index--;
            dst[index] = '-';
        }
        return index;
    }

    /** Writes the digits of -negated (negated <= 0) to end just before {@code end}; returns the first index. */
    private static int digits(int negated, char[] dst, int end) {
        int index = end;
        while (negated <= -RECIPROCAL_LIMIT) {
            int quotient = negated / 10;
            index--;
            dst[index] = (char) ('0' + quotient * 10 - negated);
            negated = quotient;
        }
        int magnitude = -negated; // 0 .. RECIPROCAL_LIMIT - 1
        do {
            int quotient = (magnitude * RECIPROCAL) >>> RECIPROCAL_SHIFT;
            index--;
            dst[index] = (char) ('0' + magnitude - quotient * 10);
            magnitude = quotient;
        } while (magnitude != 0);
        return index;
    }

    /** (m * RECIPROCAL) >>> RECIPROCAL_SHIFT is m / 10 for every 0 <= m < RECIPROCAL_LIMIT. */
    static final int RECIPROCAL = 0xCCCD;
    static final int RECIPROCAL_SHIFT = 19;
    static final int RECIPROCAL_LIMIT = 81920;

    /** The number of chars of Long.toString(value). */
    public static int length(long value) {
        int length = value < 0 ? 1 : 0;
        long negated = value < 0 ? value : -value;
        // nine digits at a time while the value needs the high word: at most two long divisions
        while (negated < Integer.MIN_VALUE) {
            negated /= BILLION;
            length += 9;
        }
        // the int's length counts its minus sign, which only 0 lacks
        return length + length((int) negated) - (negated < 0 ? 1 : 0);
    }

    /** Writes Long.toString(value) so that it ends just before {@code end}; returns its first index. */
    public static int getChars(long value, char[] dst, int end) {
        long negated = value < 0 ? value : -value;
        int index = end;
        while (negated < Integer.MIN_VALUE) {
            long quotient = negated / BILLION;
            int low = (int) (quotient * BILLION - negated); // the low nine digits, 0..999999999
            int first = digits(-low, dst, index);
            index -= 9;
            while (first > index) {
                dst[--first] = '0';
            }
            negated = quotient;
        }
        index = digits((int) negated, dst, index);
        if (value < 0) {
            index--;
            dst[index] = '-';
        }
        return index;
    }

    private static final long BILLION = 1_000_000_000L;
}
