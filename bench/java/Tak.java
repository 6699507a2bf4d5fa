/*
 * Benchmark kernel: the Takeuchi function, the classic measure of call and return cost.
 * Twin of bench/c/tak.c: same recursion, same arguments, same checksum (see bench/README.md).
 *
 * What it stresses: nothing but calls: three arguments in registers, a compare, three nested
 * recursive calls per step (tak(18, 12, 6) makes 63,609 calls), saving and restoring callee-saved
 * registers. The second call adds different argument orders so the result is not a single digit.
 */
public class Tak {
    static int tak(int x, int y, int z) {
        if (y < x) {
            return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y));
        }
        return z;
    }

    static int run(int x, int y, int z) {
        return tak(x, y, z) * 1000 + tak(x - 2, z + 2, y - 2);
    }

    public static void main(String[] args) {
        System.out.println("BEGIN");
        int checksum = run(18, 12, 6);
        System.out.print("END ");
        System.out.println(checksum);
    }
}
