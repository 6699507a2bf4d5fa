// Uncaught failure inside a toString that string concatenation calls (HotSpot's String.valueOf frame
// is a JDK frame, left out of the comparison): the report's frames are toString's and main's.
public class UrToStringConcatFails {
    static final class Ratio {
        final int num, den;

        Ratio(int num, int den) {
            this.num = num;
            this.den = den;
        }

        @Override
        public String toString() {
            return num + ":" + den + "~" + (num / den);
        }
    }

    public static void main(String[] args) {
        Ratio[] rs = { new Ratio(9, 4), new Ratio(3, 0) };
        for (Ratio r : rs) {
            System.out.println("ratio " + r);
        }
    }
}
