package demo;

/** Prints a line, then exits with status 3: the run goal must show the line and fail the build. */
public class Exit3 {
    public static void main(String[] args) {
        System.out.println("about to exit with 3");
        System.exit(3);
    }
}
