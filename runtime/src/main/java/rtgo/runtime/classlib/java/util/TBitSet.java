package rtgo.runtime.classlib.java.util;

/*
 * TBitSet: java.util.BitSet on the device — long words, bit i in word i >> 6.
 *
 * Design note. The JDK's observable choices are kept: the words array starts with room for nbits
 * (one word by default) and grows to the larger of twice its size and what is needed, so size()
 * answers as on HotSpot; hashCode folds the words as the JDK documents; toString lists the set
 * bits as {0, 2, 5}; index errors are IndexOutOfBoundsException with the JDK's texts ("bitIndex <
 * 0: -1", "fromIndex < 0: -1", "fromIndex: 5 > toIndex: 2"). The word operations are long
 * operations (two int words each on the device).
 */
public class TBitSet implements Cloneable {
    private long[] words;
    /** Words up to the highest one with a set bit. */
    private int wordsInUse;

    public TBitSet() {
        words = new long[1];
    }

    public TBitSet(int nbits) {
        if (nbits < 0) {
            throw new NegativeArraySizeException("nbits < 0: " + nbits);
        }
        words = new long[((nbits - 1) >> 6) + 1];
    }

    private void recalculateWordsInUse() {
        int i = wordsInUse - 1;
        while (i >= 0 && words[i] == 0) {
            i--;
        }
        wordsInUse = i + 1;
    }

    private void ensureWords(int required) {
        if (words.length < required) {
            long[] w = new long[Math.max(2 * words.length, required)];
            System.arraycopy(words, 0, w, 0, words.length);
            words = w;
        }
        if (wordsInUse < required) {
            wordsInUse = required;
        }
    }

    private static void checkIndex(int bitIndex) {
        if (bitIndex < 0) {
            throw new IndexOutOfBoundsException("bitIndex < 0: " + bitIndex);
        }
    }

    private static void checkRange(int from, int to) {
        if (from < 0) {
            throw new IndexOutOfBoundsException("fromIndex < 0: " + from);
        }
        if (to < 0) {
            throw new IndexOutOfBoundsException("toIndex < 0: " + to);
        }
        if (from > to) {
            throw new IndexOutOfBoundsException("fromIndex: " + from + " > toIndex: " + to);
        }
    }

    public boolean get(int bitIndex) {
        checkIndex(bitIndex);
        int w = bitIndex >> 6;
        return w < wordsInUse && (words[w] & (1L << bitIndex)) != 0;
    }

    public void set(int bitIndex) {
        checkIndex(bitIndex);
        int w = bitIndex >> 6;
        ensureWords(w + 1);
        words[w] |= 1L << bitIndex;
    }

    public void set(int bitIndex, boolean value) {
        if (value) {
            set(bitIndex);
        } else {
            clear(bitIndex);
        }
    }

    public void set(int fromIndex, int toIndex) {
        checkRange(fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            set(i);
        }
    }

    public void clear(int bitIndex) {
        checkIndex(bitIndex);
        int w = bitIndex >> 6;
        if (w < wordsInUse) {
            words[w] &= ~(1L << bitIndex);
            recalculateWordsInUse();
        }
    }

    public void clear(int fromIndex, int toIndex) {
        checkRange(fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex && (i >> 6) < wordsInUse; i++) {
            words[i >> 6] &= ~(1L << i);
        }
        recalculateWordsInUse();
    }

    public void clear() {
        while (wordsInUse > 0) {
            words[--wordsInUse] = 0;
        }
    }

    public void flip(int bitIndex) {
        checkIndex(bitIndex);
        int w = bitIndex >> 6;
        ensureWords(w + 1);
        words[w] ^= 1L << bitIndex;
        recalculateWordsInUse();
    }

    public void flip(int fromIndex, int toIndex) {
        checkRange(fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            flip(i);
        }
    }

    public int nextSetBit(int fromIndex) {
        if (fromIndex < 0) {
            throw new IndexOutOfBoundsException("fromIndex < 0: " + fromIndex);
        }
        for (int i = fromIndex; (i >> 6) < wordsInUse; i++) {
            if ((words[i >> 6] & (1L << i)) != 0) {
                return i;
            }
        }
        return -1;
    }

    public int nextClearBit(int fromIndex) {
        if (fromIndex < 0) {
            throw new IndexOutOfBoundsException("fromIndex < 0: " + fromIndex);
        }
        int i = fromIndex;
        while ((i >> 6) < wordsInUse && (words[i >> 6] & (1L << i)) != 0) {
            i++;
        }
        return i;
    }

    public int previousSetBit(int fromIndex) {
        if (fromIndex < 0) {
            if (fromIndex == -1) {
                return -1;
            }
            throw new IndexOutOfBoundsException("fromIndex < -1: " + fromIndex);
        }
        for (int i = Math.min(fromIndex, wordsInUse * 64 - 1); i >= 0; i--) {
            if ((words[i >> 6] & (1L << i)) != 0) {
                return i;
            }
        }
        return -1;
    }

    public int length() {
        if (wordsInUse == 0) {
            return 0;
        }
        return 64 * (wordsInUse - 1) + (64 - Long.numberOfLeadingZeros(words[wordsInUse - 1]));
    }

    public int size() {
        return words.length * 64;
    }

    public boolean isEmpty() {
        return wordsInUse == 0;
    }

    public int cardinality() {
        int n = 0;
        for (int i = 0; i < wordsInUse; i++) {
            n += Long.bitCount(words[i]);
        }
        return n;
    }

    public boolean intersects(TBitSet set) {
        for (int i = Math.min(wordsInUse, set.wordsInUse) - 1; i >= 0; i--) {
            if ((words[i] & set.words[i]) != 0) {
                return true;
            }
        }
        return false;
    }

    public void and(TBitSet set) {
        if (this == set) {
            return;
        }
        while (wordsInUse > set.wordsInUse) {
            words[--wordsInUse] = 0;
        }
        for (int i = 0; i < wordsInUse; i++) {
            words[i] &= set.words[i];
        }
        recalculateWordsInUse();
    }

    public void or(TBitSet set) {
        if (this == set) {
            return;
        }
        ensureWords(set.wordsInUse);
        for (int i = 0; i < set.wordsInUse; i++) {
            words[i] |= set.words[i];
        }
        recalculateWordsInUse();
    }

    public void xor(TBitSet set) {
        ensureWords(set.wordsInUse);
        for (int i = 0; i < set.wordsInUse; i++) {
            words[i] ^= set.words[i];
        }
        recalculateWordsInUse();
    }

    public void andNot(TBitSet set) {
        for (int i = Math.min(wordsInUse, set.wordsInUse) - 1; i >= 0; i--) {
            words[i] &= ~set.words[i];
        }
        recalculateWordsInUse();
    }

    public long[] toLongArray() {
        long[] a = new long[wordsInUse];
        System.arraycopy(words, 0, a, 0, wordsInUse);
        return a;
    }

    /** The JDK's documented hash: the words folded with their positions, from 1234. */
    public int hashCode() {
        long h = 1234;
        for (int i = wordsInUse; --i >= 0;) {
            h ^= words[i] * (i + 1);
        }
        return (int) ((h >> 32) ^ h);
    }

    public boolean equals(Object obj) {
        if (!(obj instanceof TBitSet set)) {
            return false;
        }
        if (this == set) {
            return true;
        }
        if (wordsInUse != set.wordsInUse) {
            return false;
        }
        for (int i = 0; i < wordsInUse; i++) {
            if (words[i] != set.words[i]) {
                return false;
            }
        }
        return true;
    }

    public Object clone() {
        TBitSet c = new TBitSet(words.length * 64);
        System.arraycopy(words, 0, c.words, 0, words.length);
        c.wordsInUse = wordsInUse;
        return c;
    }

    public String toString() {
        StringBuilder b = new StringBuilder("{");
        boolean first = true;
        for (int i = nextSetBit(0); i >= 0; i = nextSetBit(i + 1)) {
            if (!first) {
                b.append(", ");
            }
            b.append(i);
            first = false;
        }
        return b.append('}').toString();
    }
}
