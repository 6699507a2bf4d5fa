package rtgo.runtime.classlib.java.util;

/*
 * TRandom: java.util.Random on the device, a whole-class substitute (programs may extend it and
 * override next(int)).
 *
 * Design note. A program seeded with a fixed number must draw the same numbers as on HotSpot, so
 * this is the generator the JDK specifies, not merely one as good: the 48-bit linear congruential
 * generator of Knuth, TAOCP vol. 2, 3.2.1 (multiplier 0x5DEECE66D, increment 11, modulus 2^48),
 * whose seed is the given one XOR the multiplier; next(bits) returns the top bits of the 48. On
 * top of it the JDK's documented derivations: nextInt(bound) takes the top 31 bits, scales them by
 * a multiplication for a power of two and otherwise rejects the values of an incomplete last
 * interval; nextLong is two next(32) words; and the methods that java.util.Random inherits from
 * RandomGenerator since JDK 17 (nextInt(origin, bound), nextLong(bound), nextLong(origin, bound))
 * follow RandomSupport's bounded algorithms: a mask for power-of-two ranges, rejection on the
 * unsigned-shifted value otherwise, and redrawing until inside when the range is wider than the
 * type. The host tests compare thousands of draws of each method with java.util.Random.
 *
 * The seed is a long updated with a long multiplication, a runtime call of some tens of cycles on
 * the M0+; nothing else here multiplies longs except nextLong(bound)'s remainder. The generator is
 * not synchronised (the device has one thread). The no-argument constructor mixes a counter
 * stepped by an LCG with System.nanoTime(), as the JDK does, so two generators made in a row
 * differ.
 *
 * nextFloat and nextDouble scale 24 and 53 random bits by a power of two, exactly as the JDK's
 * division does. nextGaussian is the JDK's polar method on StrictMath. Not here: nextExponential, the
 * bounded nextFloat/nextDouble of RandomGenerator, and the streams (ints(), longs(), doubles()).
 */
public class TRandom {
    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long ADDEND = 0xBL;
    private static final long MASK = (1L << 48) - 1;

    private long seed;

    /** Varies the seeds of generators made without one (an LCG step per construction). */
    private static long uniquifier = 8682522807148012L;

    /** A generator seeded from the clock and a per-construction counter. */
    public TRandom() {
        this(nextUniquifier() ^ System.nanoTime());
    }

    private static long nextUniquifier() {
        uniquifier *= 1181783497276652981L;
        return uniquifier;
    }

    /**
     * A generator that draws the same numbers as {@code new java.util.Random(seed)}. Through
     * setSeed, so that a subclass overriding it sees the seed, as the JDK arranges for subclasses.
     */
    public TRandom(long seed) {
        setSeed(seed);
    }

    /** Restarts the sequence, as {@code new Random(seed)} starts it. */
    public void setSeed(long seed) {
        this.seed = (seed ^ MULTIPLIER) & MASK;
        haveNextNextGaussian = false;
    }

    /** The top {@code bits} (1..32) of the next 48-bit state, as an int. */
    protected int next(int bits) {
        long s = (seed * MULTIPLIER + ADDEND) & MASK;
        seed = s;
        return (int) (s >>> (48 - bits));
    }

    public int nextInt() {
        return next(32);
    }

    /** Uniform in 0..bound-1; bound must be positive. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        int r = next(31);
        int m = bound - 1;
        if ((bound & m) == 0) {
            // a power of two: the top bits, by a multiplication that is a shift
            return (int) ((bound * (long) r) >> 31);
        }
        // reject the candidates u whose interval of width bound would pass 2^31
        int u = r;
        while (u - (r = u % bound) + m < 0) {
            u = next(31);
        }
        return r;
    }

    /** Uniform in origin..bound-1 (RandomGenerator's default method). */
    public int nextInt(int origin, int bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        int r = nextInt();
        int n = bound - origin;
        int m = n - 1;
        if ((n & m) == 0) {
            return (r & m) + origin;
        }
        if (n > 0) {
            int u = r >>> 1;
            while (u + m - (r = u % n) < 0) {
                u = nextInt() >>> 1;
            }
            return r + origin;
        }
        // the range is wider than an int can count: draw until inside
        while (r < origin || r >= bound) {
            r = nextInt();
        }
        return r;
    }

    /** Two next(32) words, high first (the low word added, as the JDK does). */
    public long nextLong() {
        return ((long) next(32) << 32) + next(32);
    }

    /** Uniform in 0..bound-1 (RandomGenerator's default method); bound must be positive. */
    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        long m = bound - 1;
        long r = nextLong();
        if ((bound & m) == 0) {
            return r & m;
        }
        long u = r >>> 1;
        while (u + m - (r = u % bound) < 0) {
            u = nextLong() >>> 1;
        }
        return r;
    }

    /** Uniform in origin..bound-1 (RandomGenerator's default method). */
    public long nextLong(long origin, long bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        long r = nextLong();
        long n = bound - origin;
        long m = n - 1;
        if ((n & m) == 0) {
            return (r & m) + origin;
        }
        if (n > 0) {
            long u = r >>> 1;
            while (u + m - (r = u % n) < 0) {
                u = nextLong() >>> 1;
            }
            return r + origin;
        }
        while (r < origin || r >= bound) {
            r = nextLong();
        }
        return r;
    }

    /**
     * Uniform in [0, 1) on the grid of 2^-24: next(24) scaled. The JDK divides by 2^24; the
     * product by 2^-24 is the same exact value, without a soft-float division.
     */
    public float nextFloat() {
        return next(24) * 0x1.0p-24f;
    }

    /** Uniform in [0, 1) on the grid of 2^-53: 26 and 27 bits from two draws, scaled exactly. */
    public double nextDouble() {
        return (((long) next(26) << 27) + next(27)) * 0x1.0p-53;
    }

    private double nextNextGaussian;
    private boolean haveNextNextGaussian;

    /**
     * A standard normal value by the polar method (Marsaglia), as java.util.Random computes it: two
     * uniform values per try, the second result kept for the next call; StrictMath's log and sqrt
     * give the JDK's bits.
     */
    public double nextGaussian() {
        if (haveNextNextGaussian) {
            haveNextNextGaussian = false;
            return nextNextGaussian;
        }
        double v1;
        double v2;
        double s;
        do {
            v1 = 2 * nextDouble() - 1;
            v2 = 2 * nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s >= 1 || s == 0);
        double multiplier = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        nextNextGaussian = v2 * multiplier;
        haveNextNextGaussian = true;
        return v1 * multiplier;
    }

    public boolean nextBoolean() {
        return next(1) != 0;
    }

    /** Fills {@code bytes} from successive nextInt() words, low byte first. */
    public void nextBytes(byte[] bytes) {
        int len = bytes.length;
        int i = 0;
        while (i < len) {
            int rnd = nextInt();
            int n = len - i < 4 ? len - i : 4;
            for (int k = 0; k < n; k++) {
                bytes[i++] = (byte) rnd;
                rnd >>= 8;
            }
        }
    }
}
