// monitorexit on every way out of a synchronized block: break, continue, return (of int, long,
// double and a reference) and labelled break from inside nested blocks in loops and switches,
// synchronized in a constructor, a lambda and a static initializer. Afterwards no monitor is
// still held (holdsLock, and a second thread takes each one).
public class MonControlFlow {
    static final Object a = new Object();
    static final Object b = new Object();
    static int clinitValue;

    static {
        synchronized (a) {
            clinitValue = 17;
        }
    }

    final int made;

    MonControlFlow(int v) {
        synchronized (this) {
            made = v * 2;
        }
    }

    static int firstOver(int[] xs, int limit) {
        for (int x : xs) {
            synchronized (a) {
                if (x > limit) return x;
            }
        }
        return -1;
    }

    static long sumSkipping(int n) {
        long s = 0;
        for (int i = 0; i < n; i++) {
            synchronized (a) {
                if (i % 3 == 0) continue;
                synchronized (b) {
                    if (i == 40) break;
                    s += i;
                }
            }
        }
        return s;
    }

    static double half(int k) {
        synchronized (b) {
            switch (k) {
                case 0:
                    return 0.0;
                case 1:
                    synchronized (a) {
                        return 0.5;
                    }
                default:
                    return k / 2.0;
            }
        }
    }

    static String search(int[][] grid, int target) {
        outer:
        for (int i = 0; i < grid.length; i++) {
            synchronized (a) {
                for (int j = 0; j < grid[i].length; j++) {
                    synchronized (b) {
                        if (grid[i][j] == target) {
                            return "found at " + i + "," + j;
                        }
                        if (grid[i][j] < 0) break outer;
                    }
                }
            }
        }
        return "not found";
    }

    static synchronized long syncLong(long x, long y) {
        return x * y + (x >>> 3);
    }

    static boolean free(Object m) throws InterruptedException {
        boolean[] ok = new boolean[1];
        Thread t = new Thread(() -> {
            synchronized (m) {
                ok[0] = true;
            }
        });
        t.start();
        t.join();
        return ok[0] && !Thread.holdsLock(m);
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("clinit " + clinitValue);
        System.out.println("constructor " + new MonControlFlow(21).made);
        System.out.println("firstOver " + firstOver(new int[] {1, 5, 9, 12}, 8) + " " + firstOver(new int[] {1}, 8));
        System.out.println("sumSkipping " + sumSkipping(100));
        System.out.println("half " + half(0) + " " + half(1) + " " + half(7));
        int[][] grid = {{1, 2, 3}, {4, 5, 6}, {7, -1, 9}};
        System.out.println(search(grid, 5) + "; " + search(grid, 9));
        java.util.function.IntUnaryOperator op = x -> {
            synchronized (b) {
                return x * x;
            }
        };
        System.out.println("lambda " + op.applyAsInt(12));
        System.out.println("syncLong " + syncLong(123456789L, 1000L));
        System.out.println("a free " + free(a) + ", b free " + free(b) + ", class free " + free(MonControlFlow.class));
    }
}
