// A printed concatenation without a line end, then System.exit with a status: everything printed
// must have left the UART before the program stops.
public class PcThenExit {
    static int status = 3;

    public static void main(String[] args) {
        System.out.println("exiting with " + status);
        System.out.print("last words " + status + " " + (status * 1000000000L));
        System.exit(status);
    }
}
