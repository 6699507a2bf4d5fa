// An uncaught exception thrown inside a chain of constructors: the trace names each constructor
// frame as <init> (a this(...) delegate, the superclass constructor, an inner class constructor
// called from an anonymous class's method), with the line of each call, and the exit status is 1.
public class UncaughtInConstructor {
    interface Factory { Object make(int n); }

    static class Part {
        final int size;
        Part(int size) {
            if (size > 3) throw new IllegalArgumentException("part too big: " + size);
            this.size = size;
        }
    }

    static class Assembly extends Part {
        final Part[] parts;
        Assembly(int n) {
            this(n, n * 2);
        }
        Assembly(int n, int total) {
            super(n);
            parts = new Part[n];
            for (int i = 0; i < n; i++) parts[i] = new Part(total - i);
            System.out.println("assembly of " + n + " built");
        }
    }

    public static void main(String[] args) {
        Factory f = new Factory() {
            public Object make(int n) {
                System.out.println("making " + n);
                return new Assembly(n);
            }
        };
        f.make(1);
        f.make(2);
    }
}
