// Thread.startVirtualThread: starts a virtual thread at once (unnamed, daemon) and returns it;
// several of them joined in turn, and their results read after the joins.
public class ThrStartVirtual {
    public static void main(String[] args) throws InterruptedException {
        Thread s = Thread.startVirtualThread(() -> System.out.println("startVirtualThread runs, virtual "
                + Thread.currentThread().isVirtual()));
        s.join();
        System.out.println("virtual " + s.isVirtual() + ", daemon " + s.isDaemon() + ", name '" + s.getName()
                + "', alive " + s.isAlive());
        int[] cubes = new int[6];
        Thread[] ts = new Thread[6];
        for (int i = 0; i < ts.length; i++) {
            final int k = i;
            ts[i] = Thread.startVirtualThread(() -> cubes[k] = k * k * k);
        }
        int sum = 0;
        for (int i = 0; i < ts.length; i++) {
            ts[i].join();
            sum += cubes[i];
        }
        System.out.println("sum of cubes " + sum);
    }
}
