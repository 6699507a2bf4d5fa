// A printed concatenation (System.out/err.print/println("..." + x)) writes its pieces straight to
// the console: every kind of piece must print as the String HotSpot builds would, ints and longs
// at their extremes (the console's own long writer), chars, booleans, bytes, shorts, floats and
// doubles, null and empty Strings, literals that hold the recipe's tag characters, and print
// without a line end followed by more pieces on the same line.
public class PcPieces {
    static String nothing;
    static String empty = "";
    static final String CONSTANT = "constant";

    static void longs(long v) {
        System.out.println("long " + v + " neg " + (-v) + " next " + (v + 1) + "|");
    }

    public static void main(String[] args) {
        int[] ints = {0, 1, -1, 9, 10, -10, 99, 100, 123456789, Integer.MAX_VALUE, Integer.MIN_VALUE, -2147483647};
        for (int i : ints) {
            System.out.println("int " + i + ".");
        }
        long[] longs = {0L, 7L, -7L, 2147483647L, 2147483648L, -2147483648L, -2147483649L, 999_999_999L,
            1_000_000_000L, 4_294_967_295L, 4_294_967_296L, 999_999_999_999_999_999L, 1_000_000_000_000_000_000L,
            1_000_000_000_000_000_001L, 1_000_000_001_000_000_001L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1};
        for (long l : longs) {
            longs(l);
        }
        for (long v = 1; v > 0 && v < Long.MAX_VALUE / 7; v = v * 7 + 3) {
            System.out.print(v + " ");
        }
        System.out.println();
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < 96; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            System.out.print((x >> (i % 40)) + (i % 6 == 5 ? "\n" : " "));
        }
        System.out.println(Long.MIN_VALUE);
        System.out.println(-1_000_000_000_000L);
        System.out.print(1L << 40);
        System.out.println();
        byte b = -128;
        short s = -32768;
        char c = 'Z';
        boolean t = args.length == 0;
        System.out.println("b=" + b + " s=" + s + " c=" + c + " t=" + t + " f=" + !t);
        System.out.println(c + "" + c + (char) (c + 1));
        System.out.println("null " + nothing + " empty [" + empty + "] " + nothing + nothing);
        System.out.println(empty + empty);
        System.out.println(nothing + empty);
        System.out.println(CONSTANT + " " + c + " " + CONSTANT);
        System.out.println("tags \u0001 and \u0002 in a literal " + c + " \u0001\u0002 " + b);
        float f = 1.5f;
        double d = 0.1;
        System.out.println("f=" + f + " d=" + d + " " + Float.NaN + " " + (-0.0) + " " + 1e-7f + " "
                + Double.MAX_VALUE + " " + Float.MIN_VALUE + " " + (d * 3) + " " + (float) (d * 3));
        System.out.print("no line end " + ints.length);
        System.out.print(", then more " + longs.length);
        System.out.println(" and the end " + t);
        System.err.println("err " + ints[10] + " " + longs[15]);
        System.err.print("err without end " + c);
        System.out.println(" out ends it " + b);
        java.io.PrintStream p = t ? System.err : System.out;
        p.println("through a local " + s);
        p.print("and print " + s + '\n');
        System.out.println("done");
    }
}
