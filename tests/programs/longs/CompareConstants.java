// Long comparisons against 0, +-1, 2^32, +-2^31, MIN and MAX as ternaries, ifs and loop bounds.
public class CompareConstants {
    static final long[] V = {Long.MIN_VALUE, -0x1_0000_0001L, -0x1_0000_0000L, -0xFFFF_FFFFL, -0x8000_0001L, -0x8000_0000L, -2, -1, 0, 1, 2,
        0x7FFF_FFFFL, 0x8000_0000L, 0xFFFF_FFFFL, 0x1_0000_0000L, 0x1_0000_0001L, Long.MAX_VALUE};
    public static void main(String[] args) {
        for (long v : V) {
            StringBuilder sb = new StringBuilder();
            sb.append(v < 0 ? 'a' : '-'); sb.append(v <= 0 ? 'b' : '-'); sb.append(v == 0 ? 'c' : '-'); sb.append(v != 0 ? 'd' : '-');
            sb.append(v > 0 ? 'e' : '-'); sb.append(v >= 0 ? 'f' : '-');
            sb.append(v < -1 ? 'g' : '-'); sb.append(v <= -1 ? 'h' : '-'); sb.append(v == -1 ? 'i' : '-'); sb.append(v > -1 ? 'j' : '-');
            sb.append(v < 1 ? 'k' : '-'); sb.append(v > 1 ? 'l' : '-'); sb.append(v == 1 ? 'm' : '-');
            sb.append(v < 0x1_0000_0000L ? 'n' : '-'); sb.append(v >= 0x1_0000_0000L ? 'o' : '-'); sb.append(v == 0x1_0000_0000L ? 'p' : '-');
            sb.append(v < 0xFFFF_FFFFL ? 'q' : '-'); sb.append(v > 0xFFFF_FFFFL ? 'r' : '-'); sb.append(v == 0xFFFF_FFFFL ? 's' : '-');
            sb.append(v < 0x8000_0000L ? 't' : '-'); sb.append(v > -0x8000_0000L ? 'u' : '-'); sb.append(v <= Integer.MIN_VALUE ? 'v' : '-');
            sb.append(v > Integer.MAX_VALUE ? 'w' : '-'); sb.append(v == Long.MIN_VALUE ? 'x' : '-'); sb.append(v < Long.MAX_VALUE ? 'y' : '-');
            sb.append(v > Long.MIN_VALUE ? 'z' : '-');
            int iv = (int) v;
            sb.append(v == iv ? 'A' : '-'); sb.append(iv < v ? 'B' : '-'); sb.append((long) iv > v ? 'C' : '-');
            sb.append((v & 0xFFFF_FFFFL) == 0 ? 'D' : '-'); sb.append((v & 0xFFFF_FFFF_0000_0000L) != 0 ? 'E' : '-');
            sb.append((v >>> 32) == 0 ? 'F' : '-'); sb.append((v >> 63) == -1 ? 'G' : '-');
            System.out.println(sb.toString() + " " + v);
            // branches (not ternaries)
            int code = 0;
            if (v < 0) code |= 1;
            if (v > 0) code |= 2;
            if (v == 0) code |= 4;
            if (!(v >= 0x1_0000_0000L)) code |= 8;
            if (v != Long.MIN_VALUE && v != Long.MAX_VALUE) code |= 16;
            if (v > -0x1_0000_0000L && v < 0x1_0000_0000L) code |= 32;
            if (v < 0 || v > 0xFFFF_FFFFL) code |= 64;
            boolean b1 = v < 5, b2 = v >= -5;
            System.out.println(" code " + code + " " + b1 + " " + b2 + " " + (b1 & b2) + " " + (b1 ^ b2));
        }
        // while loops bounded by long constants
        long n = 0x1_0000_0000L - 5; int c = 0;
        while (n < 0x1_0000_0000L + 5) { n++; c++; }
        System.out.println(n + " " + c);
        long m = 0; c = 0;
        while (m > -10) { m -= 3; c++; }
        System.out.println(m + " " + c);
        long p = 5; c = 0;
        while (p != 0) { p--; c++; }
        System.out.println(p + " " + c);
        for (long q = Long.MIN_VALUE + 3; q > Long.MIN_VALUE; q--) System.out.print(q + " ");
        System.out.println();
        for (long q = Long.MAX_VALUE - 3; q < Long.MAX_VALUE; q++) System.out.print(q + " ");
        System.out.println();
        // counting down across the word boundary with step
        for (long q = 0x1_0000_0002L; q >= 0xFFFF_FFFCL; q -= 3) System.out.print(q + " ");
        System.out.println();
    }
}
