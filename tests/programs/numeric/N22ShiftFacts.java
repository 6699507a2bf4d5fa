// Numeric: shift amounts that other passes turn into constants or move, against HotSpot. The
// shift-amounts pass masks a variable amount (amount & 31) before the passes that fold, number and
// hoist values; here the amount becomes known only later or must not move: statics written once
// by their initialiser (the facts pass makes them constants: 32, 33, -1, 64), frozen final
// instance fields, lengths of arrays of known size (32, 33, 64), loops with a constant trip count
// that unrolling lays out (amounts 29..35 and 62..66), a static amount changed by a call or
// through an aliased array inside the loop (its load may not be hoisted), amounts that are
// loop-invariant only on one path, rotations by variable distances (Integer/Long.rotateLeft and
// rotateRight with 32, -32, 33, MIN_VALUE), amounts chosen by conditions and switches (phis
// of constants such as 32, -1, 64), statics the initialiser shifts by statics it just wrote,
// shifts inside lambdas, and an invariant shift in a loop that throws a
// division by zero partway with the partial sum printed.
public class N22ShiftFacts {
    static int once32 = 32;
    static int once33 = 33;
    static int onceMinus1 = -1;
    static int once64 = 64;
    static final int[] LEN32 = new int[32];
    static final int[] LEN33 = new int[33];
    static final int[] LEN64 = new int[64];
    static int changing = 1;
    static int[] shared = {30};

    // computed by the static initialiser from statics it wrote just before
    static int forty = 40;
    static int fromInit = 1 << forty;
    static long longFromInit = 1L << forty;
    static int minusOne = -1;
    static int topBit = 1 << minusOne;
    static final java.util.function.IntBinaryOperator SHL = (x, n) -> x << n;
    static final java.util.function.IntBinaryOperator USHR = (x, n) -> x >>> n;
    static final java.util.function.LongBinaryOperator LSHR = (x, n) -> x >> n;

    final int amount;
    final int fixed32;

    N22ShiftFacts(int amount) {
        this.amount = amount;
        this.fixed32 = 32;
    }

    static int h(int h, int v) {
        return h * 31 + v;
    }

    static void bump() {
        changing += 31;
    }

    static int x(int seed) {
        return seed * 0x9E3779B9 + 0x7F4A7C15;
    }

    static String onceStatics(int x) {
        return (x << once32) + " " + (x >> once33) + " " + (x >>> onceMinus1) + " " + (x << once64) + " "
                + ((long) x << once64) + " " + ((long) x >>> once33) + " " + (x >>> (once33 - 1)) + " "
                + (x << (once32 + once32)) + " " + (x >> (once32 - 1)) + " " + (1 << -once33);
    }

    static String lengths(int x) {
        return (x << LEN32.length) + " " + (x >>> LEN33.length) + " " + (x >> LEN64.length) + " "
                + (x << (LEN64.length - 1)) + " " + (1L << LEN64.length) + " " + (-1 >>> (LEN33.length + LEN32.length));
    }

    static String fields(N22ShiftFacts o, int x) {
        return (x << o.amount) + " " + (x >>> o.fixed32) + " " + (x >> (o.amount + o.fixed32)) + " " + (x << -o.amount);
    }

    static int unrolled(int x) {
        int acc = 0;
        for (int s = 29; s < 36; s++) {
            acc = h(acc, x << s);
            acc = h(acc, x >>> s);
            acc = h(acc, x >> s);
        }
        long l = 0;
        for (int s = 62; s < 67; s++) {
            l = l * 31 + ((long) x << s) + (-1L >>> s) + (Long.MIN_VALUE >> s);
        }
        return acc ^ (int) l ^ (int) (l >>> 32);
    }

    /** The amount is a static a call in the loop changes: each iteration must read it again. */
    static int changedByCall(int x, int trips) {
        int acc = 0;
        changing = 1;
        for (int i = 0; i < trips; i++) {
            acc = h(acc, x << changing);
            acc = h(acc, x >>> changing);
            bump();
        }
        return acc;
    }

    /** The amount is an element the loop writes through another reference to the same array. */
    static int changedByAlias(int x, int[] alias, int trips) {
        int acc = 0;
        for (int i = 0; i < trips; i++) {
            acc = h(acc, x >> shared[0]);
            alias[0] += 1;
        }
        return acc;
    }

    /** Invariant amount on one path only; the other path changes it. */
    static int onePath(int x, int n) {
        int acc = 0;
        for (int i = 0; i < 40; i++) {
            if ((i & 3) == 3) {
                n += 9;
            }
            acc = h(acc, x << n);
        }
        return acc + n;
    }

    /** Amounts chosen by a condition or a switch: phis of constants, some >= 32 or negative. */
    static int chosen(int x, int k) {
        int a = (k & 1) == 0 ? 32 : 1;
        int b;
        switch (k % 4) {
            case 0 -> b = 33;
            case 1 -> b = -1;
            case 2 -> b = 64;
            default -> b = 7;
        }
        return h(h(h(x << a, x >>> b), x >> (a + b)), (k > 2 ? x : ~x) << (k > 1 ? b : a));
    }

    static String rotations(int x, long l, int d) {
        return Integer.rotateLeft(x, d) + " " + Integer.rotateRight(x, d) + " " + Long.rotateLeft(l, d) + " "
                + Long.rotateRight(l, d) + " " + ((x << d) | (x >>> -d)) + " " + ((x >>> d) | (x << (32 - d)));
    }

    /** An invariant shift in a loop that divides by zero partway: the sum so far is printed. */
    static int sum;

    static void dividing(int[] divisors, int n) {
        sum = 0;
        for (int i = 0; i < divisors.length; i++) {
            sum += (1000 << n) / divisors[i];
        }
    }

    public static void main(String[] args) {
        for (int seed = 0; seed < 4; seed++) {
            int x = x(seed);
            System.out.println("once " + onceStatics(x));
            System.out.println("lengths " + lengths(x));
            System.out.println("unrolled " + unrolled(x));
        }
        for (int a : new int[] {0, 31, 32, 33, -1, 64, Integer.MIN_VALUE}) {
            System.out.println("fields " + a + ": " + fields(new N22ShiftFacts(a), 0xCAFEBABE));
        }
        System.out.println("call " + changedByCall(0x12345678, 12) + " " + changing);
        shared[0] = 30;
        System.out.println("alias " + changedByAlias(0x87654321, shared, 8) + " " + shared[0]);
        for (int n : new int[] {0, 1, 23, 32, -5}) {
            System.out.println("onePath " + n + ": " + onePath(0x0F0F0F0F, n));
        }
        for (int d : new int[] {0, 1, 31, 32, 33, 63, 64, 65, -1, -32, -33, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            System.out.println("rot " + d + ": " + rotations(0x80000001, 0x8000000000000003L, d));
        }
        int c = 0;
        for (int k = 0; k < 8; k++) {
            c = h(c, chosen(0x76543210, k));
        }
        System.out.println("chosen " + c + " " + chosen(-1, 0) + " " + chosen(-1, 1) + " " + chosen(-1, 2) + " " + chosen(-1, 3));
        System.out.println("init " + fromInit + " " + longFromInit + " " + topBit);
        StringBuilder lam = new StringBuilder("lambdas");
        for (int n : new int[] {1, 31, 32, 33, -1, 64, 65, Integer.MIN_VALUE}) {
            lam.append(' ').append(SHL.applyAsInt(0x40000003, n)).append('/').append(USHR.applyAsInt(-8, n))
                    .append('/').append(LSHR.applyAsLong(Long.MIN_VALUE + 5, n));
        }
        System.out.println(lam);
        int[] divisors = {1, 2, 3, 0, 5};
        for (int n : new int[] {3, 35, -29}) {
            try {
                dividing(divisors, n);
                System.out.println("no exception");
            } catch (ArithmeticException e) {
                System.out.println("dividing " + n + ": " + e.getMessage() + " after " + sum);
            }
        }
        dividing(new int[] {7, 9, 0}, 32);
    }
}
