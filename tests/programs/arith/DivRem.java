// idiv and irem with every sign combination, the one overflowing case (MIN_VALUE / -1 is MIN_VALUE,
// MIN_VALUE % -1 is 0), and divisions by constants that a compiler likes to strength-reduce:
// powers of two must still round toward zero for negative dividends.
public class DivRem {
    static int div(int a, int b) { return a / b; }
    static int rem(int a, int b) { return a % b; }

    public static void main(String[] a) {
        int[] xs = { 0, 1, -1, 7, -7, 100, -100, 12345678, -12345678,
                     Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE + 1 };
        int[] ds = { 1, -1, 2, -2, 3, -3, 7, -7, 10, 16, -16, 1000, Integer.MAX_VALUE, Integer.MIN_VALUE };
        int check = 0;
        for (int i = 0; i < xs.length; i++) {
            for (int j = 0; j < ds.length; j++) {
                int q = div(xs[i], ds[j]);
                int r = rem(xs[i], ds[j]);
                System.out.println(xs[i] + " / " + ds[j] + " = " + q + "  % = " + r);
                // The identity (a/b)*b + a%b == a holds for all b != 0, even MIN_VALUE / -1.
                if (q * ds[j] + r != xs[i]) System.out.println("identity broken");
                check = check * 31 + q ^ r;
            }
        }
        System.out.println("check = " + check);

        int min = Integer.MIN_VALUE;
        int m1 = -1;
        System.out.println("MIN / -1 = " + (min / m1));
        System.out.println("MIN % -1 = " + (min % m1));

        // Constant divisors, applied to both signs.
        for (int i = -20; i <= 20; i += 3) {
            System.out.println(i + ": /2=" + i / 2 + " %2=" + i % 2 + " /4=" + i / 4 + " %4=" + i % 4
                    + " /3=" + i / 3 + " %3=" + i % 3 + " /10=" + i / 10 + " %10=" + i % 10
                    + " /-8=" + i / -8 + " %-8=" + i % -8);
        }
        int big = Integer.MIN_VALUE;
        System.out.println("MIN/2=" + big / 2 + " MIN%2=" + big % 2 + " MIN/10=" + big / 10 + " MIN%10=" + big % 10
                + " MIN/7=" + big / 7 + " MIN%7=" + big % 7 + " MIN/MIN=" + big / big);
        int top = Integer.MAX_VALUE;
        System.out.println("MAX/2=" + top / 2 + " MAX%2=" + top % 2 + " MAX/10=" + top / 10 + " MAX%10=" + top % 10
                + " MAX/-3=" + top / -3 + " MAX%-3=" + top % -3);

        // Compound forms.
        int v = 1000000;
        v /= 7;
        System.out.println("v /= 7 -> " + v);
        v %= 13;
        System.out.println("v %= 13 -> " + v);
        v = -v;
        v /= 2;
        System.out.println("-v /= 2 -> " + v);

        // Digits by repeated division, the way a number printer works.
        int n = -2147483647;
        int digits = 0;
        int dsum = 0;
        while (n != 0) {
            dsum += n % 10;
            n /= 10;
            digits++;
        }
        System.out.println("digits " + digits + " digit sum " + dsum);
    }
}
