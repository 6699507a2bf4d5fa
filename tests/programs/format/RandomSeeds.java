// java.util.Random with fixed seeds draws exactly HotSpot's numbers: nextInt, nextInt(bound) for
// powers of two and not, nextInt(origin, bound), nextLong, nextLong(bound), nextLong(origin,
// bound), nextBoolean, nextFloat, nextDouble, nextBytes, setSeed; a subclass overriding next(int);
// and the bound checks.
import java.util.Random;

public class RandomSeeds {
    public static void main(String[] args) {
        long[] seeds = {0, 42, -7, 123456789L, Long.MIN_VALUE};
        for (long seed : seeds) {
            Random r = new Random(seed);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 5; i++) {
                sb.append(r.nextInt()).append(' ');
            }
            System.out.println(seed + ": " + sb);
            long sum = 0;
            int hash = 0;
            for (int i = 0; i < 500; i++) {
                int a = r.nextInt(100);
                int b = r.nextInt(1 << (i % 31));
                int c = r.nextInt(1_500_000_000);
                int d = r.nextInt(-50, 50);
                int e = r.nextInt(Integer.MIN_VALUE, Integer.MAX_VALUE);
                hash = hash * 31 + a;
                hash = hash * 31 + b;
                hash = hash * 31 + c;
                hash = hash * 31 + d;
                hash = hash * 31 + e;
                sum += r.nextLong() ^ r.nextLong(1_000_000_007L) ^ r.nextLong(-5L, 1L << 40) ^ r.nextLong(1L << 50);
                if (r.nextBoolean()) {
                    sum++;
                }
            }
            System.out.println("  ints " + hash + " longs " + sum + " next " + r.nextInt(10));
            byte[] bytes = new byte[13];
            r.nextBytes(bytes);
            StringBuilder hex = new StringBuilder();
            for (byte b : bytes) {
                hex.append(String.format("%02x", b));
            }
            System.out.println("  bytes " + hex);
            r.setSeed(seed + 1);
            System.out.println("  reseeded " + r.nextInt(1000) + " " + r.nextLong() + " " + r.nextBoolean());
            System.out.println("  floating " + r.nextDouble() + " " + r.nextFloat() + " " + r.nextDouble());
        }
        Random dice = new Random(2024);
        int[] counts = new int[6];
        for (int i = 0; i < 6000; i++) {
            counts[dice.nextInt(6)]++;
        }
        StringBuilder dist = new StringBuilder();
        for (int n : counts) {
            dist.append(n).append(' ');
        }
        System.out.println(dist);
        Random fixed = new Random(1) {
            int n;

            @Override
            protected int next(int bits) {
                return (n += 0x12345) >>> (32 - bits);
            }
        };
        System.out.println(fixed.nextInt(10) + " " + fixed.nextInt() + " " + fixed.nextLong() + " " + fixed.nextBoolean());
        try {
            new Random(1).nextInt(0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            new Random(1).nextInt(5, 5);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            new Random(1).nextLong(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        Random a = new Random();
        Random b = new Random();
        System.out.println(a.nextLong() != b.nextLong());
    }
}
