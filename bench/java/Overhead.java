/*
 * Not a kernel: the timed region is empty, so the cycles measured are those of the measurement
 * itself (finishing the BEGIN line, starting the END line). ci/bench shows them beside the table and
 * leaves them out of the geometric mean. Twin of bench/c/overhead.c.
 */
public class Overhead {
    public static void main(String[] args) {
        System.out.println("BEGIN");
        int checksum = 0;
        System.out.print("END ");
        System.out.println(checksum);
    }
}
