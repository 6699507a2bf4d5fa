// Fairness without cooperation: one thread spins on a volatile flag with an empty loop body and
// never blocks or yields; another sets the flag after sleeping. Without preemption the spinner
// would hold the processor forever and the program would never end. main also spins, on a
// second flag, while both run.
public class ThrSpinFairness {
    static volatile boolean flag;
    static volatile boolean spinnerDone;

    public static void main(String[] args) throws InterruptedException {
        Thread spinner = new Thread(() -> {
            while (!flag) {
            }
            spinnerDone = true;
        }, "spinner");
        Thread setter = new Thread(() -> {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
            flag = true;
        }, "setter");
        spinner.start();
        setter.start();
        while (!spinnerDone) {
        }
        spinner.join();
        setter.join();
        System.out.println("spinner saw the flag and finished");
    }
}
