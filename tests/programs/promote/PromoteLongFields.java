// A long (or double) field is two int words of one field symbol: promotion must treat the pair as
// aliasing and leave both in memory (semantics/X12SoftFloatFuzz found a hash loop on a static long
// whose words were merged into one promoted value). Static and instance longs and doubles,
// updated in check-free loops, beside an int static that is promoted.
public class PromoteLongFields {
    static long h;
    static double d;
    static int n;

    static final class Box {
        long acc;
        int steps;
    }

    public static void main(String[] args) {
        h = 0x123456789L;
        for (int i = 0; i < 50; i++) {
            h = h * 31 + i;
            h ^= h >>> 17;
            n += i;
        }
        System.out.println(Long.toHexString(h) + " " + n);
        d = 1.0;
        for (int i = 0; i < 20; i++) {
            d = d * 1.5 + i;
        }
        System.out.println(d);
        Box b = new Box();
        for (int i = 0; i < 40; i++) {
            b.acc = (b.acc << 3) + i + (b.acc >>> 40);
            b.steps++;
        }
        System.out.println(Long.toHexString(b.acc) + " " + b.steps);
    }
}
