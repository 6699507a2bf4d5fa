/*
 * Benchmark kernel: sieve of Eratosthenes, run several times with shrinking limits, counting primes.
 * Twin of bench/c/sieve.c: same loops, same checksum (see bench/README.md).
 *
 * What it stresses: byte-array stores in a clearing loop and in strided marking loops, a load and
 * branch per candidate, and loop overhead. The C twin keeps its flags in a uint8_t array holding
 * 0/1, the same one byte per flag as a Java boolean[].
 */
public class Sieve {
    static final int SIZE = 8192;
    static final int PASSES = 4;
    static final int SHRINK = 100;

    /** Counts the primes below {@code limit}, using {@code composite[0 .. limit)} as scratch. */
    static int countPrimes(boolean[] composite, int limit) {
        for (int i = 0; i < limit; i++) {
            composite[i] = false;
        }
        int count = 0;
        for (int i = 2; i < limit; i++) {
            if (!composite[i]) {
                count++;
                for (int j = i * i; j < limit; j += i) {
                    composite[j] = true;
                }
            }
        }
        return count;
    }

    static int run(boolean[] composite) {
        int hash = 0;
        for (int pass = 0; pass < PASSES; pass++) {
            hash = hash * 31 + countPrimes(composite, composite.length - pass * SHRINK);
        }
        return hash;
    }

    public static void main(String[] args) {
        boolean[] composite = new boolean[SIZE];
        System.out.println("BEGIN");
        int checksum = run(composite);
        System.out.print("END ");
        System.out.println(checksum);
    }
}
