// Class initialisers that recurse: an initialiser calls a recursive method of its own class that
// reads the class's statics while initialisation is still in progress (they read as zero, and no
// second initialisation starts), two classes whose initialisers call into each other, and a
// recursive method first called from main that triggers an initialiser in its deepest call.
public class StressClinitRecursion {
    static class Tab {
        static int base = compute(10);
        static int after = base * 2;

        static int compute(int n) {
            return n == 0 ? base + after + 1 : compute(n - 1) + n;
        }
    }

    static class Ping {
        static int v = 1 + Pong.peek(3);

        static int peek(int n) {
            return n <= 0 ? v : peek(n - 1) + 1;
        }
    }

    static class Pong {
        static int w = 10 + Ping.peek(2);

        static int peek(int n) {
            return n <= 0 ? w + Ping.v : peek(n - 1) * 2;
        }
    }

    static class Deep {
        static int marker = mark();

        static int mark() {
            System.out.println("Deep.<clinit>");
            return 99;
        }
    }

    static int descend(int n) {
        if (n == 0) return Deep.marker;
        return descend(n - 1) + 1;
    }

    public static void main(String[] args) {
        System.out.println("tab " + Tab.base + " " + Tab.after + " " + Tab.compute(3));
        System.out.println("ping " + Ping.v + " pong " + Pong.w + " " + Ping.peek(5) + " " + Pong.peek(4));
        System.out.println("before descend");
        System.out.println("descend " + descend(40) + " " + descend(5));
    }
}
