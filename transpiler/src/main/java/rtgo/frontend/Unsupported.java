package rtgo.frontend;

import rtgo.sym.Symbols;
/**
 * Java the compiler does not accept (yet), found while translating a method. The driver turns it
 * into a {@link rtgo.diag.BuildException} whose message names what, where and what to do:
 * <pre>
 * error: long arithmetic (ladd) is not supported by rtgo yet
 *   at Demo.main(Demo.java:7)
 *   hint: use int; long support arrives with a later milestone
 * </pre>
 */
public final class Unsupported extends RuntimeException {
    private final String what;
    private final String hint;
    private String where;

    public Unsupported(String what, String hint) {
        super(what);
        this.what = what;
        this.hint = hint;
    }

    /** Sets the location once (the innermost caller that knows it wins). */
    public Unsupported at(String className, String method, String sourceFile, int line) {
        if (where == null) {
            String file = sourceFile != null ? sourceFile : "Unknown Source";
            where = Symbols.dotted(className) + "." + method + "(" + file + (line > 0 ? ":" + line : "") + ")";
        }
        return this;
    }

    public String userMessage() {
        StringBuilder sb = new StringBuilder("error: ").append(what).append(" is not supported by rtgo yet");
        if (where != null) {
            sb.append("\n  at ").append(where);
        }
        if (hint != null) {
            sb.append("\n  hint: ").append(hint);
        }
        return sb.toString();
    }

    @Override
    public String getMessage() {
        return userMessage();
    }
}
