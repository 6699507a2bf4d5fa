// Numeric: Integer's unsigned helpers (compareUnsigned, divideUnsigned, remainderUnsigned,
// toUnsignedLong, toUnsignedString(int)), new in the class library, against HotSpot: every pair of
// edge values (0, 1, -1, MIN_VALUE, MAX_VALUE, 0x80000001, powers of two, divisors above 2^31 that
// give quotient 0 or 1), the identity q * d + r == n, results as arguments of other calls and in
// loops (constant divisors the compiler might fold), division by zero caught (message, and a
// printed trace from a nested call) and finally uncaught, and sorts with Integer::compareUnsigned.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

public class N20UnsignedInts {
    static final int[] EDGES = {0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 0x80000001, 2, 3, 7,
            -2, 0x10000, 0xFFFF, 1 << 30, 0xC0000000, 1000000007, -1000000007};

    static int zero = 0;

    static int nestedDivide(int a, int b) {
        return Integer.divideUnsigned(a, b) + 1;
    }

    static int nestedRemainder(int a, int b) {
        return 1 + Integer.remainderUnsigned(a, b);
    }

    public static void main(String[] args) {
        for (int x : EDGES) {
            System.out.println(x + " -> " + Integer.toUnsignedLong(x) + " \"" + Integer.toUnsignedString(x)
                    + "\" " + Integer.toUnsignedString(x).length() + " " + (Integer.toUnsignedLong(x) >> 31)
                    + " " + Long.toHexString(Integer.toUnsignedLong(x) + 1));
        }

        // compareUnsigned over all pairs: one row of signs per x
        for (int x : EDGES) {
            StringBuilder sb = new StringBuilder();
            for (int y : EDGES) {
                int c = Integer.compareUnsigned(x, y);
                sb.append(c < 0 ? '<' : c == 0 ? '=' : '>');
                if (Integer.signum(c) != Long.signum(Integer.toUnsignedLong(x) - Integer.toUnsignedLong(y))) {
                    sb.append('!');
                }
            }
            System.out.println("cmp " + Integer.toHexString(x) + " " + sb + " "
                    + Integer.compareUnsigned(x, 0) + " " + Integer.compareUnsigned(0, x));
        }

        // quotients and remainders of all pairs, checked against the long arithmetic
        int bad = 0;
        for (int n : EDGES) {
            StringBuilder q = new StringBuilder("div " + Integer.toUnsignedString(n) + ":");
            for (int d : EDGES) {
                if (d == 0) {
                    continue;
                }
                int qu = Integer.divideUnsigned(n, d);
                int re = Integer.remainderUnsigned(n, d);
                q.append(' ').append(Integer.toUnsignedString(qu)).append('r').append(Integer.toUnsignedString(re));
                long ln = Integer.toUnsignedLong(n);
                long ld = Integer.toUnsignedLong(d);
                if (qu * d + re != n || qu != (int) (ln / ld) || re != (int) (ln % ld)
                        || Integer.compareUnsigned(re, d) >= 0) {
                    bad++;
                }
            }
            System.out.println(q);
        }
        System.out.println("identity failures " + bad);

        // constant operands the compiler may fold, and loop-carried ones it may not
        System.out.println(Integer.divideUnsigned(-1, 2) + " " + Integer.remainderUnsigned(-1, 2) + " "
                + Integer.divideUnsigned(-1, -1) + " " + Integer.divideUnsigned(-2, -1) + " "
                + Integer.remainderUnsigned(-2, -1) + " " + Integer.divideUnsigned(Integer.MIN_VALUE, -1) + " "
                + Integer.remainderUnsigned(Integer.MIN_VALUE, Integer.MAX_VALUE) + " "
                + Integer.divideUnsigned(0x80000001, 0x80000000) + " " + Integer.divideUnsigned(7, 0x80000001));
        int h = 0;
        int v = -1;
        for (int i = 1; i <= 200; i++) {
            int d = i * 0x01000193 ^ (i << 27);
            if (d == 0) {
                continue;
            }
            h = h * 31 + Integer.divideUnsigned(v, d) + Integer.remainderUnsigned(v, d) * 7;
            v = v * 1664525 + 1013904223;
        }
        System.out.println("loop " + h);
        long sum = 0;
        for (int i = -5; i <= 5; i++) {
            sum += Integer.toUnsignedLong(i);
        }
        System.out.println("sum " + sum + " " + Integer.toUnsignedString(Integer.divideUnsigned(-7, 3) * 3));

        // division by zero: caught, with its message; printed trace through a nested call
        int[][] zeroCases = {{5, 0}, {0, 0}, {-1, 0}, {Integer.MIN_VALUE, 0}};
        for (int[] c : zeroCases) {
            try {
                System.out.println("q " + Integer.divideUnsigned(c[0], c[1]));
            } catch (ArithmeticException e) {
                System.out.println("divideUnsigned(" + c[0] + ", 0): " + e.getMessage());
            }
            try {
                System.out.println("r " + Integer.remainderUnsigned(c[0], zero));
            } catch (ArithmeticException e) {
                System.out.println("remainderUnsigned(" + c[0] + ", 0): " + e);
            }
        }
        // literal zero divisors, which constant folding must leave to run time
        try {
            System.out.println(Integer.remainderUnsigned(-7, 0));
        } catch (ArithmeticException e) {
            System.out.println("literal remainder: " + e.getMessage());
        }
        try {
            System.out.println(Integer.divideUnsigned(0, 0));
        } catch (ArithmeticException e) {
            System.out.println("literal divide: " + e.getMessage());
        }
        int t = 0;
        for (int i = -3; i < 3; i++) {
            try {
                t += Integer.divideUnsigned(100, i) + Integer.remainderUnsigned(i, 7);
            } catch (ArithmeticException e) {
                t += 1000;
            }
        }
        System.out.println("around zero " + t);
        try {
            nestedRemainder(12, zero);
        } catch (ArithmeticException e) {
            e.printStackTrace();
        }

        // sorts by unsigned order: negative numbers come last, MIN_VALUE first among them
        Integer[] boxes = new Integer[EDGES.length * 5];
        for (int i = 0; i < boxes.length; i++) {
            boxes[i] = EDGES[(i * 7) % EDGES.length] ^ (i / EDGES.length);
        }
        Integer[] copy = boxes.clone();
        Arrays.sort(boxes, Integer::compareUnsigned);
        System.out.println(Arrays.toString(boxes));
        StringBuilder us = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            us.append(Integer.toUnsignedString(boxes[boxes.length - 1 - i])).append(' ');
        }
        System.out.println("top " + us);
        List<Integer> list = new ArrayList<>(Arrays.asList(copy));
        list.sort(Integer::compareUnsigned);
        System.out.println(list.equals(Arrays.asList(boxes)) + " max " + Collections.max(list, Integer::compareUnsigned)
                + " min " + Collections.min(list, Integer::compareUnsigned));
        list.sort((a, b) -> Integer.compareUnsigned(b, a));
        System.out.println(list.subList(0, 6));

        // uncaught: the trace names the nested call
        System.out.println(nestedDivide(Integer.MIN_VALUE, zero));
    }
}
