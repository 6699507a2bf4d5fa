package rtgo.diag;

/**
 * A build that cannot go on, with a message written for the user: it names the class, method and
 * Java source line where it can, and says what to do instead. Nothing is written when it is thrown.
 */
public class BuildException extends Exception {
    public BuildException(String message) {
        super(message);
    }

    public BuildException(String message, Throwable cause) {
        super(message, cause);
    }
}
