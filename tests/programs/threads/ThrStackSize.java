// A thread asked for a bigger stack gets it: recursion 200 deep (more than a default device
// thread stack holds) runs in threads made by Thread.ofPlatform().stackSize(64 KiB), one after
// the other, and their results are read after join.
public class ThrStackSize {
    static int depth(int n) {
        return n == 0 ? 0 : 1 + depth(n - 1);
    }

    public static void main(String[] args) throws InterruptedException {
        int[] got = new int[2];
        Thread a = Thread.ofPlatform().name("deep-a").stackSize(64 * 1024).start(() -> got[0] = depth(200));
        a.join();
        Thread b = Thread.ofPlatform().name("deep-b").stackSize(64 * 1024).start(() -> got[1] = depth(200));
        b.join();
        System.out.println(a.getName() + " reached " + got[0] + ", " + b.getName() + " reached " + got[1]);
    }
}
