// The four-argument constructor Thread(ThreadGroup, Runnable, String, long stackSize) with a null
// group: the thread gets the stack it asked for (recursion 200 deep) and the name given.
public class ThrStackSizeCtor {
    static int depth(int n) {
        return n == 0 ? 0 : 1 + depth(n - 1);
    }

    public static void main(String[] args) throws InterruptedException {
        int[] got = new int[1];
        Thread a = new Thread(null, () -> got[0] = depth(200), "deep", 64 * 1024);
        a.start();
        a.join();
        System.out.println(a.getName() + " reached " + got[0]);
    }
}
