// Exceptions unwinding many frames: thrown at depth 40 through virtual/interface calls, each
// frame's finally run once innermost-first, a middle frame wrapping the exception as a cause,
// the catching frame's locals intact, and a StackOverflowError caught twice and survived (nothing
// printed depends on the depth reached).
public class AcrossFrames {
    static class Deep extends RuntimeException {
        final int depth;
        Deep(int depth) { super("thrown at depth " + depth); this.depth = depth; }
    }

    interface Step { int go(int n, int limit); }

    static StringBuilder unwound = new StringBuilder();

    static class Even implements Step {
        Step other;
        public int go(int n, int limit) {
            try {
                if (n == limit) throw new Deep(n);
                return other.go(n + 1, limit) + 1;
            } finally {
                if (n % 10 == 0) unwound.append('E').append(n).append(' ');
            }
        }
    }

    static class Odd implements Step {
        Step other;
        public int go(int n, int limit) {
            if (n == 25) {
                try {
                    return other.go(n + 1, limit);
                } catch (Deep d) {
                    unwound.append("wrap25 ");
                    throw new IllegalStateException("rewrapped at 25", d);
                }
            }
            return other.go(n + 1, limit) * 2;
        }
    }

    static int depth;

    static int recurse(int n) {
        depth++;
        return recurse(n + 1) + 1;
    }

    public static void main(String[] args) {
        Even e = new Even();
        Odd o = new Odd();
        e.other = o;
        o.other = e;
        int[] limits = { 20, 40, 8 };
        for (int limit : limits) {
            int before = 1234;
            String local = "local-" + limit;
            try {
                e.go(0, limit);
                System.out.println("no exception?");
            } catch (Deep d) {
                System.out.println("limit " + limit + ": caught Deep " + d.getMessage() + " depth field " + d.depth);
            } catch (IllegalStateException x) {
                System.out.println("limit " + limit + ": caught " + x.getMessage() + " cause " + x.getCause().getMessage());
            }
            System.out.println("  unwound " + unwound + "| locals " + before + " " + local);
            unwound.setLength(0);
        }

        int caught = 0;
        for (int round = 0; round < 2; round++) {
            depth = 0;
            try {
                recurse(0);
            } catch (StackOverflowError so) {
                caught++;
                System.out.println("stack overflow caught, message " + so.getMessage() + ", deep enough " + (depth > 100));
            }
        }
        // The stack must be usable again.
        try {
            e.go(0, 30);
        } catch (IllegalStateException x) {
            System.out.println("after " + caught + " overflows: " + x.getMessage() + " <- " + x.getCause().getMessage() + ", unwound " + unwound);
        }
    }
}
