// Rejected: a PrintStream of the program's own (there are no PrintStream objects on the device:
// System.out and System.err are the console). A printed concatenation relies on it
// (frontend.Concat writes its pieces to the console): when PrintStream objects arrive, this test
// fails and Concat.consoleOnly must become a closed-world question.
import java.io.PrintStream;

public class PrintStreamNew {
    public static void main(String[] args) throws Exception {
        PrintStream p = new PrintStream("out.txt"); // ERROR: java.io.PrintStream
        p.println("to a file " + args.length);
    }
}
