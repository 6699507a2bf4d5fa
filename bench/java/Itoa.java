/*
 * Benchmark kernel: integer-to-text conversion, each value written in base 10 and in a varying
 * radix from 7 to 14, then the text hashed. Twin of bench/c/itoa.c: same data, same loops, same
 * checksum (see bench/README.md).
 *
 * What it stresses: division. The Cortex-M0+ has no divide instruction, so every digit costs a
 * remainder and a quotient from a software routine or the RP2040's SIO divider, whatever each
 * compiler uses: base 10 lets a compiler exploit a constant divisor, the varying radix does not.
 * Digits are produced from the negative magnitude, as Integer.toString does, so MIN_VALUE works.
 */
public class Itoa {
    static final int COUNT = 600;
    static final int TEXT_SIZE = COUNT * 2 * 34;

    static int rng;

    /** xorshift32 (Marsaglia 2003); the C twin runs the same generator. */
    static int nextRandom() {
        int x = rng;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        rng = x;
        return x;
    }

    /** Writes {@code value} in {@code radix} (2..36, lowercase digits) at text[pos]; returns the end. */
    static int format(int value, int radix, byte[] text, int pos) {
        int start = pos;
        int q = value < 0 ? value : -value;
        do {
            int digit = -(q % radix);
            text[pos++] = (byte) (digit < 10 ? '0' + digit : 'a' - 10 + digit);
            q = q / radix;
        } while (q != 0);
        if (value < 0) {
            text[pos++] = '-';
        }
        // The digits came out least significant first: reverse them in place.
        for (int i = start, j = pos - 1; i < j; i++, j--) {
            byte t = text[i];
            text[i] = text[j];
            text[j] = t;
        }
        text[pos++] = ' ';
        return pos;
    }

    static int run(int[] values, byte[] text) {
        int pos = 0;
        for (int i = 0; i < values.length; i++) {
            pos = format(values[i], 10, text, pos);
            pos = format(values[i], 7 + (i & 7), text, pos);
        }
        int hash = 0;
        for (int i = 0; i < pos; i++) {
            hash = hash * 31 + text[i];
        }
        return hash;
    }

    public static void main(String[] args) {
        rng = 0x7A3F0C21;
        int[] values = new int[COUNT];
        // Shifting by a random amount gives every length from one digit to ten, and both signs.
        for (int i = 0; i < COUNT; i++) {
            values[i] = nextRandom() >> (nextRandom() & 31);
        }
        values[0] = 0x80000000;
        byte[] text = new byte[TEXT_SIZE];
        System.out.println("BEGIN");
        int checksum = run(values, text);
        System.out.print("END ");
        System.out.println(checksum);
    }
}
