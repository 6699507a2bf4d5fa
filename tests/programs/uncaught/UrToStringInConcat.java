// Uncaught failure inside a toString: string concatenation calls it successfully first, then an
// explicit call fails (a failure inside the concatenation itself would show HotSpot's
// String.valueOf frame, whose line number depends on the JDK, and the device leaves out library
// frames by design).
public class UrToStringInConcat {
    static final class Fraction {
        final int num, den;

        Fraction(int num, int den) {
            this.num = num;
            this.den = den;
        }

        @Override
        public String toString() {
            return num + "/" + den + "=" + (num / den);
        }
    }

    public static void main(String[] args) {
        Fraction a = new Fraction(6, 3);
        System.out.println("a is " + a);
        Fraction b = new Fraction(1, 0);
        System.out.println("b is " + b.toString());
    }
}
