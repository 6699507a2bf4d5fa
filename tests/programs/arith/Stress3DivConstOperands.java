// Division and remainder by zero with constant operands on either side: 7 / z with z a zero
// local, x % (y - y), 0 / 0 through locals, a zero divisor that only becomes known through a
// chain of folded arithmetic. The optimiser may fold everything around the division but the
// check must stay; Integer.MIN_VALUE / -1 and % -1 do not throw.
public class Stress3DivConstOperands {
    static int quiet(int x) {
        int a = Integer.MIN_VALUE / -1;
        int b = Integer.MIN_VALUE % -1;
        int c = x / 1 + x % 1;
        return a + b + c;
    }

    static int folded(int x) {
        int k = 6;
        int m = k * 2 - 12;
        return (x + 1) / (m * 5);
    }

    public static void main(String[] args) {
        System.out.println("quiet " + quiet(41) + " " + quiet(-3));
        int y = 9;
        int z = 0;
        System.out.println("z " + z);
        if (y > 100) {
            System.out.println(7 / z);
        }
        if (y < 0) {
            System.out.println(y % (y - y));
        }
        System.out.println("guarded ok");
        System.out.println(folded(y));
    }
}
