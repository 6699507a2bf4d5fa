// Rejected: System.setOut (every PrintStream on the device is the console, System.out and System.err).
// A printed concatenation relies on it (frontend.Concat writes its pieces to the console): when
// PrintStreams of other kinds arrive, this test fails and Concat.consoleOnly must become a
// closed-world question.
public class RedirectOut {
    public static void main(String[] args) {
        System.out.println("start " + args.length);
        System.setOut(System.err); // ERROR: java.lang.System.setOut
        System.out.println("after " + args.length);
    }
}
