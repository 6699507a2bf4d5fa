/*
 * Benchmark kernel: the sieve of Eratosthenes as it is usually written: a static boolean[] of
 * composites, the textbook marking loop for (j = i * i; j < limit; j += i) up to the square root,
 * then a counting pass; the limit and the results in static fields. Twin of bench/c/sievestep.c.
 *
 * What it stresses: a strided store loop whose index starts at i * i and steps by a loop-invariant
 * i > 0 (its bounds check follows from j < limit <= composite.length), a static array field used
 * inside every loop, byte loads and a branch per candidate, a static limit that differs per round.
 */
public class SieveStep {
    static final int SIZE = 8192;
    static final int ROUNDS = 6;

    static boolean[] composite = new boolean[SIZE];
    static int limit;
    static int primes;
    static int checksum;

    /** Sieves the numbers below the static limit; counts and hashes the primes. */
    static void sieve() {
        for (int i = 0; i < limit; i++) {
            composite[i] = false;
        }
        for (int i = 2; i * i < limit; i++) {
            if (!composite[i]) {
                for (int j = i * i; j < limit; j += i) {
                    composite[j] = true;
                }
            }
        }
        primes = 0;
        for (int i = 2; i < limit; i++) {
            if (!composite[i]) {
                primes++;
                checksum = checksum * 31 + i;
            }
        }
    }

    /** ROUNDS sieves with limits just below SIZE. */
    static void run() {
        checksum = 0;
        for (int round = 0; round < ROUNDS; round++) {
            limit = SIZE - 97 * round;
            sieve();
            checksum = checksum * 31 + primes;
        }
    }

    public static void main(String[] args) {
        System.out.println("BEGIN");
        run();
        System.out.print("END ");
        System.out.println(checksum);
    }
}
