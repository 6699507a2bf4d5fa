package rtgo.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * PowersOfTen against BigInteger: the floor(log) helpers over their whole domain, the stored
 * strings (regenerated here; run main to print them), and every decoded entry.
 */
class PowersOfTenTest {
    private static final BigInteger TEN = BigInteger.TEN;

    /** floor(e log2 10), exactly. */
    static int exactFlog2pow10(int e) {
        if (e >= 0) {
            return TEN.pow(e).bitLength() - 1;
        }
        return -TEN.pow(-e).bitLength(); // 10^|e| is not a power of two
    }

    /** floor(log10(num / den)), exactly (num, den > 0). */
    static int floorLog10(BigInteger num, BigInteger den) {
        int k = (int) Math.floor((num.bitLength() - den.bitLength()) * Math.log10(2)) - 2;
        while (compare10(num, den, k + 1) >= 0) {
            k++;
        }
        while (compare10(num, den, k) < 0) {
            k--;
        }
        return k;
    }

    /** sign of num/den - 10^k. */
    private static int compare10(BigInteger num, BigInteger den, int k) {
        return k >= 0 ? num.compareTo(den.multiply(TEN.pow(k))) : num.multiply(TEN.pow(-k)).compareTo(den);
    }

    static int exactFlog10pow2(int q) {
        return q >= 0 ? floorLog10(BigInteger.ONE.shiftLeft(q), BigInteger.ONE)
                : floorLog10(BigInteger.ONE, BigInteger.ONE.shiftLeft(-q));
    }

    static int exactFlog10threeQuartersPow2(int q) {
        BigInteger three = BigInteger.valueOf(3);
        return q >= 2 ? floorLog10(three.shiftLeft(q - 2), BigInteger.ONE)
                : floorLog10(three, BigInteger.ONE.shiftLeft(2 - q));
    }

    /** floor(10^e 2^-r(e)). */
    static BigInteger floorG(int e) {
        int shift = 125 - exactFlog2pow10(e); // -r(e)
        if (e >= 0) {
            BigInteger p = TEN.pow(e);
            return shift >= 0 ? p.shiftLeft(shift) : p.shiftRight(-shift);
        }
        return BigInteger.ONE.shiftLeft(shift).divide(TEN.pow(-e));
    }

    static String[] generate() {
        int min = PowersOfTen.E_MIN;
        int max = PowersOfTen.E_MAX;
        int step = PowersOfTen.STEP;
        StringBuilder bases = new StringBuilder();
        for (int e0 = min; e0 <= max; e0 += step) {
            BigInteger g = floorG(e0);
            for (int i = 7; i >= 0; i--) {
                bases.append((char) g.shiftRight(16 * i).intValue());
            }
        }
        int count = max - min + 1;
        char[] corrections = new char[(count + 7) / 8];
        for (int e = min; e <= max; e++) {
            int index = e - min;
            int j = index % step;
            int e0 = e - j;
            int correction = 0;
            if (j != 0) {
                int s = exactFlog2pow10(e) - exactFlog2pow10(e0) - j;
                assertTrue(s > 0 && s < 64, "shift " + s);
                BigInteger computed = floorG(e0).multiply(BigInteger.valueOf(5).pow(j)).shiftRight(s);
                correction = floorG(e).subtract(computed).intValueExact();
                assertTrue(correction >= 0 && correction <= 3, "correction " + correction + " at " + e);
            }
            corrections[index >>> 3] |= (char) (correction << ((index & 7) << 1));
        }
        return new String[] {bases.toString(), new String(corrections)};
    }

    /** A Java string literal of s, safe from javac's early unicode-escape translation. */
    static String literal(String s) {
        StringBuilder out = new StringBuilder();
        int line = 0;
        out.append("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String piece = c < 0x100 ? String.format("\\%o", (int) c) : String.format("\\u%04x", (int) c);
            if (c < 0x100 && i + 1 < s.length() && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '7') {
                piece = String.format("\\%03o", (int) c);
            }
            if (line + piece.length() > 90) {
                out.append("\"\n            + \"");
                line = 0;
            }
            out.append(piece);
            line += piece.length();
        }
        return out.append("\"").toString();
    }

    public static void main(String[] args) {
        String[] data = generate();
        System.out.println("    static final String BASES = " + literal(data[0]) + ";");
        System.out.println("    static final String CORRECTIONS = " + literal(data[1]) + ";");
        System.out.println("// " + data[0].length() + " + " + data[1].length() + " chars");
    }

    @Test
    void logHelpersAreExactOverTheirDomain() {
        for (int e = -400; e <= 400; e++) {
            assertEquals(exactFlog2pow10(e), PowersOfTen.flog2pow10(e), "flog2pow10 " + e);
        }
        for (int q = -1100; q <= 1100; q++) {
            assertEquals(exactFlog10pow2(q), PowersOfTen.flog10pow2(q), "flog10pow2 " + q);
            assertEquals(exactFlog10threeQuartersPow2(q), PowersOfTen.flog10threeQuartersPow2(q), "3/4 " + q);
        }
    }

    @Test
    void storedTablesAreTheGeneratedOnes() {
        String[] data = generate();
        assertEquals(data[0], PowersOfTen.BASES);
        assertEquals(data[1], PowersOfTen.CORRECTIONS);
    }

    @Test
    void everyEntryDecodesExactly() {
        for (int e = PowersOfTen.E_MIN; e <= PowersOfTen.E_MAX; e++) {
            boolean exact = PowersOfTen.load(e);
            BigInteger decoded = BigInteger.ZERO;
            for (int i = 3; i >= 0; i--) {
                decoded = decoded.shiftLeft(32).or(BigInteger.valueOf(PowersOfTen.G[i] & 0xFFFFFFFFL));
            }
            assertEquals(floorG(e), decoded, "G(" + e + ")");
            int shift = 125 - exactFlog2pow10(e);
            boolean isExact = e >= 0 && (shift >= 0 || e >= -shift);
            assertEquals(isExact, exact, "exactness of " + e);
        }
    }

    @Test
    void mul32IsTheUnsignedProduct() {
        java.util.Random random = new java.util.Random(3);
        int[] edge = {0, 1, -1, 0xFFFF, 0x10000, 0x7FFFFFFF, 0x80000000, 0xFFFF0000};
        for (int a : edge) {
            for (int b : edge) {
                assertEquals(Math.unsignedMultiplyHigh(a & 0xFFFFFFFFL, b & 0xFFFFFFFFL) == 0
                        ? (a & 0xFFFFFFFFL) * (b & 0xFFFFFFFFL) : 0, PowersOfTen.mul32(a, b));
            }
        }
        for (int i = 0; i < 1_000_000; i++) {
            int a = random.nextInt();
            int b = random.nextInt();
            assertEquals((a & 0xFFFFFFFFL) * (b & 0xFFFFFFFFL), PowersOfTen.mul32(a, b));
        }
    }
}
