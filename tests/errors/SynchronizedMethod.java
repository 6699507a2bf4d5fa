// Rejected in milestone 1: a synchronized method, reported at its first line (the modifier itself
// has no line in the class file).
public class SynchronizedMethod {
    static int x;

    static synchronized int next() {
        return ++x; // ERROR: synchronized
    }

    public static void main(String[] args) {
        System.out.println(next());
    }
}
