// Statics the whole program writes once, in their class's initialiser: which ones may be taken as
// constant, non-null or of constant length everywhere else. A superclass initialiser that runs
// while the subclass is being initialised, and an initialiser that calls a method before the
// write, both see the field unset; a field written again later is no constant.
public class AliasStaticFacts {
    static class Base {
        static int baseSaw = Sub.peekLength();
    }

    static class Sub extends Base {
        static int[] arr = new int[3];

        static int peekLength() {
            try {
                return arr.length;
            } catch (NullPointerException e) {
                return -2;
            }
        }
    }

    static final class Early {
        static int seen = peek();
        static int[] table = new int[4];
        static int k = 9;

        static int peek() {
            try {
                return table.length * 10 + k;
            } catch (NullPointerException e) {
                return -1 - k;
            }
        }
    }

    static final class Fixed {
        static short[] coef = new short[6];
        static int scale = 7;
        static int changed = 5;
    }

    static int sum() {
        int s = 0;
        for (int i = 0; i < Fixed.coef.length; i++) {
            Fixed.coef[i] = (short) (i * Fixed.scale);
            s += Fixed.coef[i] + Fixed.changed;
        }
        return s;
    }

    public static void main(String[] args) {
        System.out.println("sub " + Sub.arr.length + " base saw " + Base.baseSaw);
        System.out.println("early saw " + Early.seen + ", now " + Early.peek());
        System.out.println("sum " + sum());
        Fixed.changed = 11;
        System.out.println("sum " + sum());
    }
}
