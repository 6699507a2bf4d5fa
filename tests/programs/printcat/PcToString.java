// Objects in a printed concatenation: each becomes its String (toString) before anything of the
// line is written, in order, as HotSpot builds the whole String first. A toString that prints,
// that concatenates and prints itself, that returns null or that throws must leave exactly what
// HotSpot leaves: its own output first, and nothing of a line whose toString threw.
public class PcToString {
    static int calls;

    static final class Loud {
        final String name;

        Loud(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            calls++;
            System.out.print("[" + name + " speaks " + calls + "]");
            return name;
        }
    }

    static final class Nested {
        final int depth;

        Nested(int depth) {
            this.depth = depth;
        }

        @Override
        public String toString() {
            System.out.println("nested " + depth + (depth > 0 ? new Nested(depth - 1) : "!"));
            return "N" + depth;
        }
    }

    static final class Nothing {
        @Override
        public String toString() {
            return null;
        }
    }

    static final class Bomb {
        final int after;

        Bomb(int after) {
            this.after = after;
        }

        @Override
        public String toString() {
            if (calls++ >= after) {
                throw new IllegalStateException("boom at " + calls);
            }
            return "tick";
        }
    }

    static Object ordinal(int i) {
        System.out.print("<eval " + i + ">");
        return Integer.valueOf(i);
    }

    public static void main(String[] args) {
        System.out.println("a " + new Loud("x") + " b " + new Loud("y") + " c");
        System.out.println("nested: " + new Nested(2));
        System.out.println("null result " + new Nothing() + " and null object " + (Object) null);
        System.out.println(ordinal(1) + "-" + ordinal(2) + "-" + ordinal(3));
        calls = 0;
        for (int i = 0; i < 3; i++) {
            try {
                System.out.println("line " + i + " " + new Bomb(2) + " " + new Bomb(3) + " end");
            } catch (IllegalStateException e) {
                System.out.println("caught " + e.getMessage());
            }
        }
        calls = 0;
        try {
            System.out.print("print " + new Loud("z") + new Bomb(1) + " never");
        } catch (IllegalStateException e) {
            System.out.println(" / caught " + e.getMessage());
        }
        StringBuilder sb = new StringBuilder("builder");
        System.out.println("sb=" + sb.append(1) + " len " + sb.length());
        Integer boxed = 42;
        Character ch = 'q';
        Long big = Long.MIN_VALUE;
        System.out.println("boxed " + boxed + ch + big + Boolean.TRUE);
        System.out.println("done " + calls);
    }
}
