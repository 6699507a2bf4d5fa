// Threads printing concatenations at once: each line is written piece by piece, and it must stay
// whole (no thread switch between its pieces, as none happens inside a printed String). Every
// thread prints the same line, so any order of whole lines gives the same output; a line split by
// another thread's would show. (A print and a later println are two writes on HotSpot too, so
// only single prints are compared.) 1000 lines a thread make the scheduler switch threads a
// dozen times or so (at the loop's back edge, the only place it may).
public class PcThreads {
    static final int LINES = 1000;
    static int number = 12345;
    static long big = 9_876_543_210L;
    static String word = "pieces";

    static void lines() {
        for (int i = 0; i < LINES; i++) {
            System.out.println("line " + number + " of " + word + ' ' + (i >= 0) + " " + big + " " + -number + " end");
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread[] threads = new Thread[3];
        for (int k = 0; k < threads.length; k++) {
            threads[k] = new Thread(PcThreads::lines);
            threads[k].start();
        }
        lines();
        for (Thread t : threads) {
            t.join();
        }
        System.out.println("done");
    }
}
