// A custom exception overriding fillInStackTrace (called virtually from Throwable's constructor) to
// keep no trace, and a bridge method from a covariant override reached through the supertype; the
// uncaught report then prints the exception's toString with no "at" lines.
public class LcFillInStackTrace {
    static class Node {
        Node copy() {
            return new Node();
        }

        String what() {
            return "node";
        }
    }

    static final class Leaf extends Node {
        @Override
        Leaf copy() {
            return new Leaf();
        }

        @Override
        String what() {
            return "leaf";
        }
    }

    static final class Light extends RuntimeException {
        Light(String m) {
            super(m);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    public static void main(String[] args) {
        Node[] nodes = { new Node(), new Leaf() };
        for (Node n : nodes) {
            System.out.println(n.copy().what());
        }
        Light l = new Light("first");
        System.out.println(l);
        l.printStackTrace(System.out);
        throw new Light("no trace");
    }
}
