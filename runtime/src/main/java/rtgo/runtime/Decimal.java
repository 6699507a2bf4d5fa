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
        while (negated <= -10) {
            negated /= 10;
            length++;
        }
        return length;
    }

    /**
     * Writes Integer.toString(value) into {@code dst} so that it ends just before {@code end};
     * returns the index of its first char. The caller reserves length(value) chars.
     */
    public static int getChars(int value, char[] dst, int end) {
        int negated = value < 0 ? value : -value;
        int index = end;
        do {
            int quotient = negated / 10;
            index--;
            dst[index] = (char) ('0' + quotient * 10 - negated);
            negated = quotient;
        } while (negated != 0);
        if (value < 0) {
            index--;
            dst[index] = '-';
        }
        return index;
    }
}
