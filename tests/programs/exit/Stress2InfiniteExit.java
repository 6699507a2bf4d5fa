// A main class whose static initialiser prints and fills a table before main runs, and a main that
// never returns: a while (true) loop whose only way out is System.exit called two calls deep once a
// state machine reaches its final state. The status (the step count, 31) reaches the host and the
// last line, printed without a newline before the exit, must appear.
public class Stress2InfiniteExit {
    static int[] next = new int[8];

    static {
        System.out.println("clinit start");
        for (int i = 0; i < next.length; i++) next[i] = (i * 5 + 3) & 7;
        System.out.println("clinit done " + next[0] + next[1] + next[2] + next[7]);
    }

    static int steps;

    static void finish(int state) {
        System.out.print("final state " + state + " after " + steps + " steps");
        System.exit(steps);
    }

    static void step(int state) {
        steps++;
        if (state == 6 && steps > 30) finish(state);
    }

    public static void main(String[] args) {
        int state = 0;
        while (true) {
            step(state);
            state = next[state];
            if ((steps & 7) == 0) System.out.println("at " + steps + " state " + state);
        }
    }
}
