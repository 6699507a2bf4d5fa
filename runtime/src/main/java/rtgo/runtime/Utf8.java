package rtgo.runtime;

/*
 * Utf8: turns a stream of UTF-16 units into UTF-8 bytes the way the JDK's PrintStream does.
 *
 * Design note. On the JVM, System.out encodes with a UTF-8 CharsetEncoder whose error action is
 * REPLACE with the replacement "?", and the StreamEncoder behind it keeps a high surrogate that
 * ends one write as a left-over for the next. Measured on JDK 17 and 25 (stdout.encoding=UTF-8):
 * print('\uD83D'); print('\uDE00') gives F0 9F 98 80; a high surrogate followed by anything but a
 * low one gives '?' and then that char; a lone low surrogate gives '?'; a high surrogate still
 * pending when the JVM exits is dropped. This class is that state machine, one unit at a time.
 *
 * It has no sink of its own so that it runs unchanged in host tests: feed() leaves at most four
 * bytes in a static int (first byte lowest), the caller fetches them with byteAt(). Four is enough:
 * the worst case is a replaced high surrogate ('?') followed by a 3-byte BMP char, or one 4-byte
 * sequence. There are no arrays, so the console path never allocates. With one console and no
 * threads a single static state is right; threads printing concurrently would need a lock around
 * feed() and the bytes it produced.
 */
final class Utf8 {
    private Utf8() {}

    /** A high surrogate waiting for the next unit, or 0 (high surrogates are never 0). */
    private static int pendingHigh;

    /** The bytes produced by the last feed(), first byte in bits 0..7. */
    private static int ready;

    /** Feeds one UTF-16 unit; returns how many bytes (0..4) are now ready for byteAt(). */
    static int feed(char c) {
        ready = 0;
        int count = 0;
        if (pendingHigh != 0) {
            int high = pendingHigh;
            pendingHigh = 0;
            if (isLowSurrogate(c)) {
                int codePoint = 0x10000 + ((high - 0xD800) << 10) + (c - 0xDC00);
                count = put(count, 0xF0 | (codePoint >> 18));
                count = put(count, 0x80 | ((codePoint >> 12) & 0x3F));
                count = put(count, 0x80 | ((codePoint >> 6) & 0x3F));
                return put(count, 0x80 | (codePoint & 0x3F));
            }
            count = put(count, '?');
        }
        if (c < 0x80) {
            return put(count, c);
        }
        if (c < 0x800) {
            count = put(count, 0xC0 | (c >> 6));
            return put(count, 0x80 | (c & 0x3F));
        }
        if (isHighSurrogate(c)) {
            pendingHigh = c;
            return count;
        }
        if (isLowSurrogate(c)) {
            return put(count, '?');
        }
        count = put(count, 0xE0 | (c >> 12));
        count = put(count, 0x80 | ((c >> 6) & 0x3F));
        return put(count, 0x80 | (c & 0x3F));
    }

    /** The {@code index}-th byte (0-based) produced by the last feed(), as 0..255. */
    static int byteAt(int index) {
        return (ready >>> (index << 3)) & 0xFF;
    }

    /** Forgets a pending high surrogate, as the JVM does at exit. */
    static void dropPending() {
        pendingHigh = 0;
    }

    private static int put(int count, int b) {
        ready |= b << (count << 3);
        return count + 1;
    }

    private static boolean isHighSurrogate(char c) {
        return c >= 0xD800 && c <= 0xDBFF;
    }

    private static boolean isLowSurrogate(char c) {
        return c >= 0xDC00 && c <= 0xDFFF;
    }
}
