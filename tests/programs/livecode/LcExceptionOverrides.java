// Overrides that only the runtime's exception reporting calls: a custom exception's getMessage used
// by Throwable.toString (caught and printed), and an uncaught exception whose toString and whose
// cause's getLocalizedMessage are overridden, printed by the uncaught report.
public class LcExceptionOverrides {
    static final class Quiet extends RuntimeException {
        final int code;

        Quiet(int code) {
            this.code = code;
        }

        @Override
        public String getMessage() {
            return "code " + code;
        }
    }

    static final class Root extends Exception {
        @Override
        public String getLocalizedMessage() {
            return "localized root";
        }
    }

    static final class Loud extends RuntimeException {
        Loud(Throwable cause) {
            super("loud", cause);
        }

        @Override
        public String toString() {
            return "Loud!" + getMessage();
        }
    }

    static void fail(int i) {
        if (i > 1) {
            throw new Quiet(i);
        }
    }

    public static void main(String[] args) {
        for (int i = 0; i < 4; i++) {
            try {
                fail(i);
                System.out.println("ok " + i);
            } catch (Quiet q) {
                System.out.println("caught " + q);
            }
        }
        throw new Loud(new Root());
    }
}
