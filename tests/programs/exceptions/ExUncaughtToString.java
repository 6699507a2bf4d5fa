public class ExUncaughtToString {
    static class Nasty extends RuntimeException {
        int mode;
        Nasty(int mode) { super("nasty" + mode); this.mode = mode; }
        public String getMessage() {
            if (mode == 1) throw new IllegalStateException("getMessage exploded");
            return super.getMessage();
        }
    }

    static class BadCause extends Exception {
        BadCause() { super("badcause"); }
        public Throwable getCause() { return new Error("invented cause"); }
    }

    public static void main(String[] args) {
        try {
            throw new Nasty(1);
        } catch (Nasty n) {
            try {
                System.out.println("toString: " + n);
            } catch (IllegalStateException e) {
                System.out.println("toString threw " + e.getMessage());
            }
            try {
                n.printStackTrace(System.out);
            } catch (IllegalStateException e) {
                System.out.println("printStackTrace threw " + e.getMessage());
            }
        }
        System.out.println("BadCause cause=" + new BadCause().getCause());
        new BadCause().printStackTrace(System.out);
        BadCause bc = new BadCause();
        bc.printStackTrace(System.out);
        new Exception("holder", null).printStackTrace(System.out);
        System.out.println("now uncaught");
        throw new Nasty(1);
    }
}
