// Marsaglia's xorshift32 (shifts 13, 17, 5) and a multiply-finished xorshift* variant: state in
// static fields, bounded values without modulo bias (the rejection loop java.util.Random uses),
// a Fisher-Yates shuffle, a histogram of 6000 die rolls, and a bit-balance count.
public class XorShift {
    static int state = 0x92d68ca2; // 2463534242, Marsaglia's example seed

    static int next() {
        int x = state;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        state = x;
        return x;
    }

    static int starState = 1;

    static int nextStar() {
        int x = starState;
        x ^= x >>> 15;
        x ^= x << 7;
        x ^= x >>> 11;
        starState = x;
        return x * 0x2545f491;
    }

    // Uniform in [0, bound): take 31 random bits and retry when they fall in the last partial block.
    static int below(int bound) {
        int m = bound - 1;
        int r = next() >>> 1;
        if ((bound & m) == 0) return r & m;
        int u = r;
        while (u - (r = u % bound) + m < 0) u = next() >>> 1;
        return r;
    }

    public static void main(String[] a) {
        for (int i = 0; i < 10; i++) System.out.println("xorshift32 #" + i + " = " + next());
        for (int i = 0; i < 5; i++) System.out.println("xorshift* #" + i + " = " + nextStar());

        int[] faces = new int[6];
        for (int i = 0; i < 6000; i++) faces[below(6)]++;
        for (int f = 0; f < 6; f++) System.out.println("face " + (f + 1) + ": " + faces[f]);

        int[] deck = new int[20];
        for (int i = 0; i < deck.length; i++) deck[i] = i;
        for (int i = deck.length - 1; i > 0; i--) {
            int j = below(i + 1);
            int t = deck[i];
            deck[i] = deck[j];
            deck[j] = t;
        }
        int sum = 0;
        for (int c : deck) {
            System.out.print(c + " ");
            sum += c;
        }
        System.out.println("(sum " + sum + ")");

        int ones = 0;
        boolean zero = false;
        for (int i = 0; i < 2000; i++) {
            int x = next();
            if (x == 0) zero = true;
            for (int b = 0; b < 32; b += 4) ones += (x >>> b) & 1;
        }
        System.out.println("sampled ones " + ones + " of 16000, hit zero " + zero);
        System.out.println("big bound: " + below(1000000007) + " " + below(Integer.MAX_VALUE) + " " + below(1 << 30) + " " + below(1));
        System.out.println("state now " + state);
    }
}
