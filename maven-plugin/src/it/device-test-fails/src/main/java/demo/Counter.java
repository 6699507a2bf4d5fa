package demo;

/** A counter with a deliberate bug: {@link #addTwice} adds three times. */
public class Counter {
    int value;

    void add(int n) {
        value += n;
    }

    void addTwice(int n) {
        add(n);
        add(n);
        add(n);
    }

    public static void main(String[] args) {
        Counter c = new Counter();
        c.addTwice(1);
        System.out.println(c.value);
    }
}
