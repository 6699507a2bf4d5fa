package rtgo.runtime;

/*
 * Decimal: the digits of an int, as Integer.toString(int) writes them, into a char[].
 *
 * Design note. Used by StringConcat and StringBuilder, which already own a char buffer; the console prints by
 * recursion instead so that it never needs an array (see Console). Both work on the negated value
 * because -2147483648 has no positive counterpart while every positive int has a negative one.
 * Division by a constant 10 is the only costly step (the M0+ has no divide instruction), so each
 * digit takes one division and one multiply rather than a division and a remainder. Pure Java
 * without intrinsics, so the host tests compare it with Integer.toString directly.
 */
public final class Decimal {
    private Decimal() {}

    /** The number of chars of Integer.toString(value): digits, plus one for a minus sign. */
    public static int length(int value) {
        int length = 1;
        int negated = value;
        if (value < 0) {
            length = 2;
        } else {
            negated = -value;
        }
        // compares against -10, -100, ... instead of dividing: a multiply is one cycle, a division
        // by the SIO divider about fourteen; the tenth power would overflow, and no int needs it
        int power = -10;
        for (int digits = 1; digits < 10 && negated <= power; digits++) {
            length++;
            power *= 10;
        }
        return length;
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
        do {
            int quotient = negated / 10;
            index--;
            dst[index] = (char) ('0' + quotient * 10 - negated);
            negated = quotient;
        } while (negated != 0);
        return index;
    }

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
