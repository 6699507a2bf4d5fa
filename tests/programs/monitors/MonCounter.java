// The classic lost-update test: 4 threads x 10000 increments of a shared counter under a
// synchronized block end at exactly 40000; every tenth round also bumps a counter under a
// synchronized instance method and one under a static synchronized method (4000 each).
public class MonCounter {
    static final Object lock = new Object();
    static int blockCount;
    static int staticCount;
    int instanceCount;

    synchronized void bump() {
        instanceCount++;
    }

    static synchronized void bumpStatic() {
        staticCount++;
    }

    public static void main(String[] args) throws InterruptedException {
        MonCounter shared = new MonCounter();
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = new Thread(() -> {
                for (int j = 0; j < 10000; j++) {
                    synchronized (lock) {
                        blockCount++;
                    }
                    if (j % 10 == 0) {
                        shared.bump();
                        bumpStatic();
                    }
                }
            });
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        System.out.println("block " + blockCount);
        System.out.println("instance " + shared.instanceCount);
        System.out.println("static " + staticCount);
    }
}
