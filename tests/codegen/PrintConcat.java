// Codegen expectations for a printed concatenation (frontend.Concat; see CodegenTest for the
// format): System.out.println("..." + x) writes the pieces to the console and builds no String.
public class PrintConcat {
    static String name = "led";
    static Object thing = new Object();

    // Blinky's line: one console write per piece and the line end; no String is built, so nothing
    // of StringConcat and no allocation.
    // thumb: -StringConcat
    // thumb: -Heap\.
    // thumb-count: bl\s+"J:rtgo\.runtime\.Console\.writeString\(Ljava/lang/String;\)V" 3
    // thumb-count: bl\s+"J:rtgo\.runtime\.Console\.writeInt\(I\)V" 1
    // thumb-count: bl\s+"J:rtgo\.runtime\.Console\.newline\(\)V" 1
    static void blinky(int i, boolean on) {
        System.out.println("toggle " + i + ": LED " + (on ? "on" : "off"));
    }

    // print (no line end) on System.err, with a long, a char, a boolean and a String field.
    // thumb: -StringConcat
    // thumb: -newline
    // thumb: bl\s+"J:rtgo\.runtime\.Console\.writeLong\(J\)V"
    // thumb: bl\s+"J:rtgo\.runtime\.Console\.writeChar\(C\)V"
    // thumb: bl\s+"J:rtgo\.runtime\.Console\.writeBoolean\(Z\)V"
    static void pieces(long l, char c, boolean b) {
        System.err.print("l=" + l + " c=" + c + " b=" + b + " " + name);
    }

    // An object becomes its String first (its toString may throw: nothing is written before).
    // thumb: -StringConcat
    // thumb: bl\s+"J:rtgo\.runtime\.classlib\.java\.lang\.TString\.valueOf\(Ljava/lang/Object;\)
    static void object() {
        System.out.println("thing " + thing);
    }

    // A float is formatted into a String of its own (String.valueOf, inlined); the rest is still
    // written piece by piece.
    // thumb: -StringConcat
    // thumb: bl\s+"J:rtgo\.runtime\.FloatToDecimal\.floatToString\(I\)
    static void floats(float f) {
        System.out.println("f=" + f);
    }

    // A concatenation kept in a local is a String: it is built.
    // thumb: bl\s+"J:rtgo\.runtime\.StringConcat\.end\(\)
    static void kept(int i) {
        String s = "i=" + i;
        System.out.println(s);
    }

    // A ternary joins two values before the print: the concatenation is built.
    // thumb: bl\s+"J:rtgo\.runtime\.StringConcat\.end\(\)
    static void joined(boolean c, int i) {
        System.out.println(c ? "i=" + i : "none");
    }

    public static void main(String[] args) {
        blinky(args.length, args.length == 0);
        pieces(args.length, 'c', true);
        object();
        floats(args.length);
        kept(args.length);
        joined(args.length == 0, 1);
    }
}
